import * as tf from '@tensorflow/tfjs';
import { GnnError } from '../errors.js';
import type { GnnConfig } from '../models/gnn-config.js';
import { paramSpecs } from '../models/gnn-config.js';
import { GnnModel } from '../models/gnn-model.js';

/** Format tag written into `modelTopology` so loaders can refuse foreign artifacts. */
export const ARTIFACT_FORMAT = 'liftgraph-gnn/1';

/** Free-form, JSON-serialisable data stored with a model (normalisation, feature list, metrics, …). */
export type ModelMetadata = Record<string, unknown>;

interface Topology {
  format: string;
  config: GnnConfig;
}

/**
 * Serialises a model to tfjs `ModelArtifacts`: topology = `{ format, config }`, weights encoded by
 * `tf.io.encodeWeights` in `paramSpecs` order (float32, exact), `metadata` as `userDefinedMetadata`.
 */
export async function toArtifacts(model: GnnModel, metadata: ModelMetadata = {}): Promise<tf.io.ModelArtifacts> {
  const params = model.getParams();
  const named = paramSpecs(model.config).map(({ name, shape }) => ({
    name,
    tensor: tf.tensor(params[name] ?? new Float32Array(0), [...shape]),
  }));
  try {
    const { data, specs } = await tf.io.encodeWeights(named);
    const topology: Topology = { format: ARTIFACT_FORMAT, config: model.config };
    return {
      modelTopology: topology as unknown as tf.io.ModelArtifacts['modelTopology'],
      format: ARTIFACT_FORMAT,
      generatedBy: '@liftgraph/gnn',
      weightSpecs: specs,
      weightData: data,
      userDefinedMetadata: metadata as NonNullable<tf.io.ModelArtifacts['userDefinedMetadata']>,
    };
  } finally {
    tf.dispose(named.map((n) => n.tensor));
  }
}

/** Rebuilds a model (and its metadata) from artifacts written by `toArtifacts`. */
export function fromArtifacts(artifacts: tf.io.ModelArtifacts): { model: GnnModel; metadata: ModelMetadata } {
  const topology = artifacts.modelTopology as unknown as Topology | undefined;
  if (topology?.format !== ARTIFACT_FORMAT) {
    throw new GnnError('BAD_INPUT', `not a ${ARTIFACT_FORMAT} artifact (format ${String(topology?.format)})`);
  }
  if (artifacts.weightSpecs === undefined || artifacts.weightData === undefined) {
    throw new GnnError('BAD_INPUT', 'artifact has no weights');
  }
  const data = Array.isArray(artifacts.weightData) ? tf.io.concatenateArrayBuffers(artifacts.weightData) : artifacts.weightData;
  const tensors = tf.io.decodeWeights(data, artifacts.weightSpecs);
  try {
    const params = Object.fromEntries(Object.entries(tensors).map(([k, t]) => [k, Float32Array.from(t.dataSync())]));
    const model = GnnModel.fromParams(topology.config, params);
    return { model, metadata: (artifacts.userDefinedMetadata ?? {}) as ModelMetadata };
  } finally {
    tf.dispose(Object.values(tensors));
  }
}

/** Saves through any tfjs `IOHandler` (memory, browser, or `directoryHandler` on Node without tfjs-node). */
export async function saveModel(model: GnnModel, handler: tf.io.IOHandler, metadata: ModelMetadata = {}): Promise<tf.io.SaveResult> {
  if (handler.save === undefined) throw new GnnError('BAD_INPUT', 'this IOHandler cannot save');
  return handler.save(await toArtifacts(model, metadata));
}

/** Loads a model saved by `saveModel` through any tfjs `IOHandler`. */
export async function loadModel(handler: tf.io.IOHandler): Promise<{ model: GnnModel; metadata: ModelMetadata }> {
  if (handler.load === undefined) throw new GnnError('BAD_INPUT', 'this IOHandler cannot load');
  return fromArtifacts(await handler.load());
}
