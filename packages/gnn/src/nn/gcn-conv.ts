import * as tf from '@tensorflow/tfjs';
import { propagate } from '../ops/propagate.js';
import { assertUnits, featureDim, makeInitializer, propagationOf } from './layer-support.js';
import type { InitializerName, LayerArgs, LayerVariable } from './layer-support.js';

export interface GcnConvArgs extends LayerArgs {
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
 * Graph convolution (Kipf & Welling, "Semi-Supervised Classification with Graph Convolutional
 * Networks", ICLR 2017, eq. 2):  X' = D̂^{-1/2} (A + I) D̂^{-1/2} · X · W + b,
 * with edge weights in A, self-loops added where missing (build the operator with `gcnPropagation`).
 * Call: `layer.apply(x, { propagation })`, x [N, F_in] float32 → [N, units].
 * The product is evaluated as (Â·X)·W when F_in ≤ units, else Â·(X·W): same result, fewer flops.
 */
export class GcnConv extends tf.layers.Layer {
  static className = 'GcnConv';
  readonly units: number;
  readonly useBias: boolean;
  readonly kernelInitializer: InitializerName;
  readonly seed: number | undefined;
  private kernel: LayerVariable | undefined;
  private bias: LayerVariable | undefined;

  constructor(args: GcnConvArgs) {
    super(args);
    assertUnits('GcnConv', args.units);
    this.units = args.units;
    this.useBias = args.useBias ?? true;
    this.kernelInitializer = args.kernelInitializer ?? 'glorotUniform';
    this.seed = args.seed;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const fin = featureDim('GcnConv', inputShape);
    this.kernel = this.addWeight('kernel', [fin, this.units], 'float32', makeInitializer(this.kernelInitializer, this.seed));
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
      const op = propagationOf('GcnConv', kwargs);
      if (this.kernel === undefined) throw new Error('GcnConv: build() must run before call()');
      const w = this.kernel.read() as tf.Tensor2D;
      const out = x.shape[1] <= this.units ? tf.matMul(propagate(x, op), w) : propagate(tf.matMul(x, w), op);
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
tf.serialization.registerClass(GcnConv);
