import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { GnnModel } from '../models/gnn-model.js';
import { randomGraph } from '../testing/tiny-graphs.js';
import { fit } from '../train/fit.js';
import { directoryHandler } from './directory-handler.js';
import { loadModel, saveModel } from './model-artifacts.js';

describe.each(['gcn', 'sage', 'rsage'] as const)('saveModel / loadModel (%s)', (kind) => {
  // 3 edge relations: 'rsage' counts them from the graph, the others ignore edge types.
  const graph = randomGraph(30, 90, 4, 3, 21, 3);

  async function trained(): Promise<GnnModel> {
    const model = GnnModel.create({ kind, inFeatures: 4 }, 2, graph);
    fit(model, graph, { epochs: 10 });
    return model;
  }

  it('should predict identically after a round trip through a directory', async () => {
    const model = await trained();
    const dir = await mkdtemp(join(tmpdir(), 'gnn-save-'));
    try {
      await saveModel(model, directoryHandler(dir), { features: ['a', 'b', 'c', 'd'], metrics: { mae: 1.5 } });
      const { model: loaded, metadata } = await loadModel(directoryHandler(dir));
      expect(loaded.config).toEqual(model.config);
      expect(loaded.config.numRelations).toBe(kind === 'rsage' ? 3 : 1);
      expect(Object.keys(loaded.getParams())).toEqual(Object.keys(model.getParams()));
      expect(loaded.predict(graph)).toEqual(model.predict(graph));
      expect(metadata).toEqual({ features: ['a', 'b', 'c', 'd'], metrics: { mae: 1.5 } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('should work with tfjs in-memory handlers and leak no tensors', async () => {
    const model = await trained();
    const before = tf.memory().numTensors;
    let saved: tf.io.ModelArtifacts | undefined;
    await saveModel(
      model,
      tf.io.withSaveHandler(async (a) => {
        saved = a;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    if (saved === undefined) throw new Error('nothing saved');
    const { model: loaded } = await loadModel(tf.io.fromMemory(saved));
    expect(loaded.predict(graph)).toEqual(model.predict(graph));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should refuse a directory without a model', async () => {
    await expect(loadModel(directoryHandler(join(tmpdir(), 'no-such-gnn-model')))).rejects.toThrowError(/cannot read .*model.json/);
  });
});

describe('loadModel of an artifact written before numRelations existed', () => {
  it('should read a GCN/SAGE config without numRelations as one relation', async () => {
    const graph = randomGraph(10, 30, 4, 3, 2);
    const model = GnnModel.create({ kind: 'sage', inFeatures: 4 }, 2);
    let saved: tf.io.ModelArtifacts | undefined;
    await saveModel(
      model,
      tf.io.withSaveHandler(async (a) => {
        saved = a;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    if (saved === undefined) throw new Error('nothing saved');
    const topology = saved.modelTopology as unknown as { config: Record<string, unknown> };
    const { numRelations: _dropped, ...old } = topology.config;
    const { model: loaded } = await loadModel(tf.io.fromMemory({ ...saved, modelTopology: { ...topology, config: old } }));
    expect(loaded.config.numRelations).toBe(1);
    expect(loaded.predict(graph)).toEqual(model.predict(graph));
  });
});
