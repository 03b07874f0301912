import * as tf from '@tensorflow/tfjs';
import { GnnError } from '../errors.js';

/** Backends in order of preference; the native ones are optional packages, not installed by default. */
export type BackendChoice = 'node-gpu' | 'node' | 'wasm' | 'cpu';

export interface SelectBackendOptions {
  /** Force one backend (the app maps its env variable to this); failure to load it throws. */
  readonly prefer?: BackendChoice;
  /** Where to log the choice; default `console.info`. */
  readonly log?: (message: string) => void;
}

const ORDER: readonly BackendChoice[] = ['node-gpu', 'node', 'wasm', 'cpu'];

async function tryLoad(choice: BackendChoice): Promise<string | null> {
  try {
    switch (choice) {
      case 'node-gpu':
        // Module names kept in variables so bundlers and tsc do not require the optional packages.
        await import(/* @vite-ignore */ ['@tensorflow', 'tfjs-node-gpu'].join('/'));
        return 'tensorflow';
      case 'node':
        await import(/* @vite-ignore */ ['@tensorflow', 'tfjs-node'].join('/'));
        return 'tensorflow';
      case 'wasm':
        await import('@tensorflow/tfjs-backend-wasm');
        return 'wasm';
      case 'cpu':
        return 'cpu';
    }
  } catch {
    return null;
  }
}

/**
 * Chooses the TensorFlow.js backend for the tfjs layer path: `@tensorflow/tfjs-node-gpu`, then
 * `@tensorflow/tfjs-node` (both optional, loaded by dynamic import), then WASM, then the pure-JS CPU
 * backend; `prefer` overrides the order. Logs and returns the chosen choice. The fused training engine
 * does not depend on this choice: it runs its own WASM SIMD kernels.
 */
export async function selectBackend(options: SelectBackendOptions = {}): Promise<BackendChoice> {
  const log = options.log ?? ((m: string) => console.info(m));
  const candidates = options.prefer === undefined ? ORDER : [options.prefer];
  for (const choice of candidates) {
    const name = await tryLoad(choice);
    if (name !== null && (await tf.setBackend(name))) {
      await tf.ready();
      log(`@liftgraph/gnn: tfjs backend '${tf.getBackend()}' (${choice})`);
      return choice;
    }
  }
  throw new GnnError('BACKEND', `could not initialise tfjs backend ${options.prefer ?? ORDER.join(' / ')}; is the package installed?`);
}
