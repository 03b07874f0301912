import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { selectBackend } from './select-backend.js';

describe('selectBackend', () => {
  it('should fall back past the optional native backends to wasm and log the choice', async () => {
    const logs: string[] = [];
    const choice = await selectBackend({ log: (m) => logs.push(m) });
    expect(choice).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(logs).toEqual([expect.stringMatching(/tfjs backend 'wasm' \(wasm\)/)]);
  });

  it('should honour an explicit override', async () => {
    expect(await selectBackend({ prefer: 'cpu', log: () => undefined })).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
  });

  it('should fail clearly when the forced backend is not installed', async () => {
    await expect(selectBackend({ prefer: 'node', log: () => undefined })).rejects.toThrowError(/could not initialise tfjs backend node/);
  });
});
