import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as tf from '@tensorflow/tfjs';
import { GnnError } from '../errors.js';

const MODEL_JSON = 'model.json';
const WEIGHTS_BIN = 'weights.bin';

/**
 * A tfjs `IOHandler` over a local directory using `node:fs` only (no `@tensorflow/tfjs-node`):
 * writes `model.json` (topology, weightsManifest, metadata — the layout of tfjs `file://`) and
 * `weights.bin`; `load` reads them back.
 */
export function directoryHandler(dir: string): tf.io.IOHandler {
  return {
    async save(artifacts: tf.io.ModelArtifacts): Promise<tf.io.SaveResult> {
      const raw = artifacts.weightData ?? new ArrayBuffer(0);
      const chunks = Array.isArray(raw) ? raw : [raw];
      const weights = Buffer.concat(chunks.map((c) => Buffer.from(c)));
      const modelJson = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        weightsManifest: [{ paths: [`./${WEIGHTS_BIN}`], weights: artifacts.weightSpecs ?? [] }],
        userDefinedMetadata: artifacts.userDefinedMetadata,
      };
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, WEIGHTS_BIN), weights);
      await writeFile(join(dir, MODEL_JSON), JSON.stringify(modelJson, null, 2));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weights.byteLength } };
    },
    async load(): Promise<tf.io.ModelArtifacts> {
      let json: {
        modelTopology: unknown;
        format?: string;
        generatedBy?: string;
        weightsManifest: tf.io.WeightsManifestConfig;
        userDefinedMetadata?: Record<string, unknown>;
      };
      try {
        json = JSON.parse(await readFile(join(dir, MODEL_JSON), 'utf8')) as typeof json;
      } catch (e) {
        throw new GnnError('BAD_INPUT', `cannot read ${join(dir, MODEL_JSON)}: ${(e as Error).message}`, { cause: e });
      }
      const specs = json.weightsManifest.flatMap((g) => g.weights);
      const buffers = await Promise.all(json.weightsManifest.flatMap((g) => g.paths).map((p) => readFile(join(dir, p))));
      const weights = Buffer.concat(buffers);
      return {
        modelTopology: json.modelTopology as tf.io.ModelArtifacts['modelTopology'],
        ...(json.format !== undefined && { format: json.format }),
        ...(json.generatedBy !== undefined && { generatedBy: json.generatedBy }),
        weightSpecs: specs,
        weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
        ...(json.userDefinedMetadata !== undefined && {
          userDefinedMetadata: json.userDefinedMetadata as NonNullable<tf.io.ModelArtifacts['userDefinedMetadata']>,
        }),
      };
    },
  };
}
