import { Worker } from 'node:worker_threads';
import type { WasmMemory } from './wasm-api.js';

// Control block layout (Int32): [0] request sequence (−1 = exit), [1] completed sequence,
// [2] kernel index, [3] argument count, [4..] arguments.
const CTL_INTS = 32;

// Plain JS so it runs as an eval worker from both compiled and source (tsx/vitest) builds.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { module, memory, control, names } = workerData;
const exp = new WebAssembly.Instance(module, { env: { memory } }).exports;
const fns = names.map((n) => exp[n]);
const ctl = new Int32Array(control);
let seen = 0;
for (;;) {
  Atomics.wait(ctl, 0, seen);
  const seq = Atomics.load(ctl, 0);
  if (seq < 0) break;
  if (seq === seen) continue;
  seen = seq;
  const n = ctl[3];
  const a = Array.from(ctl.subarray(4, 4 + n));
  fns[ctl[2]](...a);
  Atomics.store(ctl, 1, seq);
  Atomics.notify(ctl, 1);
}
`;

/**
 * A second thread that runs kernels of the same WebAssembly module on the same shared memory.
 * Hand-off is a SharedArrayBuffer control block with Atomics.wait/notify (no message passing on the
 * hot path): `start` posts one call, the caller computes its own share, then `finish` blocks until
 * the worker is done. The worker is unref'd, so it never keeps the process alive.
 */
export class KernelWorker {
  private readonly worker: Worker;
  private readonly ctl: Int32Array;
  private readonly index: Map<string, number>;
  private seq = 0;

  constructor(module: object, memory: WasmMemory, names: readonly string[]) {
    const control = new SharedArrayBuffer(CTL_INTS * 4);
    this.ctl = new Int32Array(control);
    this.index = new Map(names.map((n, i) => [n, i]));
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, memory, control, names } });
    this.worker.unref();
  }

  /** Starts `name(...args)` on the worker; pair every call with `finish()`. */
  start(name: string, args: readonly number[]): void {
    const fn = this.index.get(name);
    if (fn === undefined) throw new Error(`unknown kernel ${name}`);
    this.ctl[2] = fn;
    this.ctl[3] = args.length;
    this.ctl.set(args, 4);
    this.seq++;
    Atomics.store(this.ctl, 0, this.seq);
    Atomics.notify(this.ctl, 0);
  }

  /** Blocks until the call posted by `start` has completed. */
  finish(): void {
    for (;;) {
      const done = Atomics.load(this.ctl, 1);
      if (done === this.seq) return;
      Atomics.wait(this.ctl, 1, done, 1000);
    }
  }

  terminate(): void {
    Atomics.store(this.ctl, 0, -1);
    Atomics.notify(this.ctl, 0);
    void this.worker.terminate();
  }
}
