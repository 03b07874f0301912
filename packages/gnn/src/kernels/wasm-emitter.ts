/**
 * A minimal WebAssembly (MVP + fixed-width SIMD) binary emitter, just big enough to generate the
 * dense and sparse kernels of `kernel-module.ts` at run time, specialised for the layer widths.
 *
 * Why generate instead of shipping a `.wasm`: no C/WAT toolchain is needed to build the package, and
 * each kernel is unrolled for its exact column width (e.g. 8 × f32x4 accumulators for 32 columns),
 * which keeps the accumulators in registers. Opcodes follow the WebAssembly core spec 2.0 (§5.4) and
 * the fixed-width SIMD proposal (opcode prefix 0xFD).
 */

/** Value types (core spec §5.3.1). */
export const I32 = 0x7f;
export const F32 = 0x7d;
export const V128 = 0x7b;

/** Core opcodes used by the kernels. */
export const OP = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  select: 0x1b,
  i32Load: 0x28,
  f32Load: 0x2a,
  i32Store: 0x36,
  f32Store: 0x38,
  i32Const: 0x41,
  i32Eqz: 0x45,
  i32GeS: 0x4e,
  i32GeU: 0x4f,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  i32And: 0x71,
  i32Xor: 0x73,
  i32Shl: 0x74,
  i32ShrU: 0x76,
  f32ReinterpretI32: 0xbe,
} as const;

/** SIMD opcodes (after the 0xFD prefix, LEB128-encoded). */
export const SIMD = {
  load: 0x00,
  load32Splat: 0x09,
  store: 0x0b,
  const: 0x0c,
  f32x4Splat: 0x13,
  f32x4Gt: 0x44,
  v128And: 0x4e,
  f32x4Add: 0xe4,
  f32x4Sub: 0xe5,
  f32x4Mul: 0xe6,
  f32x4Div: 0xe7,
  f32x4Max: 0xe9,
  f32x4Sqrt: 0xe3,
} as const;

function uleb(value: number, out: number[]): void {
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
}

function sleb(value: number, out: number[]): void {
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return;
  }
}

/** A function body under construction: a local-slot allocator plus a byte buffer of instructions. */
export class FnBuilder {
  readonly bytes: number[] = [];
  private readonly localTypes: number[] = [];

  constructor(readonly numParams: number) {}

  /** Declares a new local of `type` and returns its index (parameters come first). */
  local(type: number): number {
    this.localTypes.push(type);
    return this.numParams + this.localTypes.length - 1;
  }

  op(...codes: number[]): this {
    this.bytes.push(...codes);
    return this;
  }

  get(index: number): this {
    this.bytes.push(OP.localGet);
    uleb(index, this.bytes);
    return this;
  }

  set(index: number): this {
    this.bytes.push(OP.localSet);
    uleb(index, this.bytes);
    return this;
  }

  i32(value: number): this {
    this.bytes.push(OP.i32Const);
    sleb(value, this.bytes);
    return this;
  }

  /** Pushes the f32 constant 0. */
  f32Zero(): this {
    return this.op(0x43, 0, 0, 0, 0);
  }

  /** Memory access with a constant byte offset; `align` is log2 of the alignment hint. */
  mem(code: number, offset = 0, align = 2): this {
    this.bytes.push(code, align);
    uleb(offset, this.bytes);
    return this;
  }

  simd(code: number): this {
    this.bytes.push(0xfd);
    uleb(code, this.bytes);
    return this;
  }

  simdMem(code: number, offset = 0): this {
    this.simd(code);
    this.bytes.push(2);
    uleb(offset, this.bytes);
    return this;
  }

  /** Pushes a v128 of four zeros. */
  zeroV128(): this {
    this.simd(SIMD.const);
    for (let i = 0; i < 16; i++) this.bytes.push(0);
    return this;
  }

  /** `local += delta` for an i32 local. */
  addTo(index: number, delta: number): this {
    return this.get(index).i32(delta).op(OP.i32Add).set(index);
  }

  /** `local += other` for i32 locals. */
  addLocal(index: number, other: number): this {
    return this.get(index).get(other).op(OP.i32Add).set(index);
  }

  /** `while (counter < limit) { body; counter += step }` (signed compare, counter pre-set by caller). */
  whileLess(counter: number, limit: number, step: number, body: () => void): this {
    this.op(OP.block, 0x40, OP.loop, 0x40);
    this.get(counter).get(limit).op(OP.i32GeS, OP.brIf, 1);
    body();
    this.addTo(counter, step);
    this.op(OP.br, 0, OP.end, OP.end);
    return this;
  }

  /** `if (local & mask) { body }`. */
  ifBit(index: number, mask: number, body: () => void): this {
    this.get(index).i32(mask).op(OP.i32And, OP.if, 0x40);
    body();
    return this.op(OP.end);
  }

  /** Encodes locals and code as a function body entry of the code section. */
  encode(): number[] {
    const body: number[] = [];
    uleb(this.localTypes.length, body);
    for (const type of this.localTypes) body.push(1, type);
    body.push(...this.bytes, OP.end);
    const out: number[] = [];
    uleb(body.length, out);
    return out.concat(body);
  }
}

/** An exported function of the module: its name, i32 parameter count and body. */
export interface FnDef {
  readonly name: string;
  readonly fn: FnBuilder;
}

function section(id: number, content: number[], out: number[]): void {
  out.push(id);
  uleb(content.length, out);
  out.push(...content);
}

function encodeName(name: string, out: number[]): void {
  const bytes = new TextEncoder().encode(name);
  uleb(bytes.length, out);
  out.push(...bytes);
}

/** Most 64 KiB pages of a 32-bit WebAssembly memory (4 GiB). */
export const MAX_PAGES = 65536;

/**
 * Assembles a module that imports `env.memory` (at least `pages` pages; when `shared`, a shared memory
 * with any maximum up to `MAX_PAGES`) and exports the given functions, all of type (i32 × numParams) → ().
 */
export function assembleModule(fns: readonly FnDef[], pages: number, shared: boolean): Uint8Array {
  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const types: number[] = [];
  uleb(fns.length, types);
  for (const { fn } of fns) {
    types.push(0x60);
    uleb(fn.numParams, types);
    for (let i = 0; i < fn.numParams; i++) types.push(I32);
    types.push(0);
  }
  section(1, types, out);

  const imports: number[] = [1];
  encodeName('env', imports);
  encodeName('memory', imports);
  imports.push(0x02, shared ? 0x03 : 0x00);
  uleb(pages, imports);
  if (shared) uleb(MAX_PAGES, imports);
  section(2, imports, out);

  const funcs: number[] = [];
  uleb(fns.length, funcs);
  fns.forEach((_, i) => uleb(i, funcs));
  section(3, funcs, out);

  const exports: number[] = [];
  uleb(fns.length, exports);
  fns.forEach(({ name }, i) => {
    encodeName(name, exports);
    exports.push(0x00);
    uleb(i, exports);
  });
  section(7, exports, out);

  const code: number[] = [];
  uleb(fns.length, code);
  for (const { fn } of fns) code.push(...fn.encode());
  section(10, code, out);
  return Uint8Array.from(out);
}
