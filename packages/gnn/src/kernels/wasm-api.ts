/**
 * The slice of the WebAssembly JS API the kernels use, typed locally: the package compiles against
 * ES2023 + Node types without `lib.dom`, whose WebAssembly declarations it would otherwise need.
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

interface WasmApi {
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
}

/** The runtime's WebAssembly namespace (Node ≥ 16 and every current browser; SIMD needs Node ≥ 16.4). */
export const WASM: WasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
