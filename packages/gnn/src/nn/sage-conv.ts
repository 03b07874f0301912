import * as tf from '@tensorflow/tfjs';
import { propagate } from '../ops/propagate.js';
import { assertUnits, featureDim, makeInitializer, propagationOf } from './layer-support.js';
import type { InitializerName, LayerArgs, LayerVariable } from './layer-support.js';

export interface SageConvArgs extends LayerArgs {
  /** Output feature size. */
  units: number;
  /** Add a learnable bias. Default true. */
  useBias?: boolean;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerName;
  /** Seed of the glorot initializer (reproducible weights). */
  seed?: number;
}

/**
 * GraphSAGE convolution with the mean aggregator and root weight (Hamilton, Ying & Leskovec,
 * "Inductive Representation Learning on Large Graphs", NeurIPS 2017, Alg. 1; PyG `SAGEConv`):
 *   x'_i = W_root · x_i + W_neigh · mean_{j ∈ N(i)} x_j + b     (isolated nodes: mean = 0)
 * Call: `layer.apply(x, { propagation })` with `meanPropagation(adjacency)`; x [N, F_in] → [N, units].
 */
export class SageConv extends tf.layers.Layer {
  static className = 'SageConv';
  readonly units: number;
  readonly useBias: boolean;
  readonly kernelInitializer: InitializerName;
  readonly seed: number | undefined;
  private kernelRoot: LayerVariable | undefined;
  private kernelNeigh: LayerVariable | undefined;
  private bias: LayerVariable | undefined;

  constructor(args: SageConvArgs) {
    super(args);
    assertUnits('SageConv', args.units);
    this.units = args.units;
    this.useBias = args.useBias ?? true;
    this.kernelInitializer = args.kernelInitializer ?? 'glorotUniform';
    this.seed = args.seed;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const fin = featureDim('SageConv', inputShape);
    const seed2 = this.seed === undefined ? undefined : this.seed + 1;
    this.kernelRoot = this.addWeight('kernel_root', [fin, this.units], 'float32', makeInitializer(this.kernelInitializer, this.seed));
    this.kernelNeigh = this.addWeight('kernel_neigh', [fin, this.units], 'float32', makeInitializer(this.kernelInitializer, seed2));
    if (this.useBias) this.bias = this.addWeight('bias', [this.units], 'float32', makeInitializer('zeros'));
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
    return [shape[0] ?? null, this.units];
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    return tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor2D;
      const op = propagationOf('SageConv', kwargs);
      if (this.kernelRoot === undefined || this.kernelNeigh === undefined) {
        throw new Error('SageConv: build() must run before call()');
      }
      const mean = propagate(x, op);
      const out = tf.add(tf.matMul(x, this.kernelRoot.read()), tf.matMul(mean, this.kernelNeigh.read()));
      return this.bias === undefined ? out : tf.add(out, this.bias.read());
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      units: this.units,
      useBias: this.useBias,
      kernelInitializer: this.kernelInitializer,
      ...(this.seed !== undefined && { seed: this.seed }),
    };
  }
}
tf.serialization.registerClass(SageConv);
