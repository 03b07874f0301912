import * as tf from '@tensorflow/tfjs';
import { GnnError } from '../errors.js';
import type { Propagation } from '../graph/propagation.js';

/** tfjs-layers constructor arguments (the type is not re-exported by `@tensorflow/tfjs`). */
export type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;
/** A weight created by `Layer.addWeight`. */
export type LayerVariable = ReturnType<tf.layers.Layer['addWeight']>;
/** Serializable initializer names accepted by the graph convolutions. */
export type InitializerName = 'glorotUniform' | 'ones' | 'zeros';

/** Keyword arguments of a graph convolution's `apply(x, { propagation })`. */
export interface ConvKwargs {
  readonly propagation: Propagation;
}

export interface GraphConvArgs extends LayerArgs {
  /** Output feature size. */
  units: number;
  /** Add a learnable bias. Default true. */
  useBias?: boolean;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerName;
  /** Seed of the glorot initializer (reproducible weights). */
  seed?: number;
}

type Initializer = ReturnType<typeof tf.initializers.zeros>;

export function makeInitializer(name: InitializerName, seed?: number): Initializer {
  switch (name) {
    case 'glorotUniform':
      return tf.initializers.glorotUniform(seed === undefined ? {} : { seed });
    case 'ones':
      return tf.initializers.ones();
    case 'zeros':
      return tf.initializers.zeros();
  }
}

function shapeOf(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
  return (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
}

/**
 * The plumbing every graph convolution of the tfjs reference shares: arguments, config round trip,
 * output shape, the bias, the `apply(x, { propagation })` contract and tensor hygiene. A subclass
 * creates its kernels (`buildKernels`, in parameter order: see `layerKernels`) and computes its
 * product with the propagation operator (`convolve`); `call` adds the bias.
 */
export abstract class GraphConv extends tf.layers.Layer {
  readonly units: number;
  readonly useBias: boolean;
  readonly kernelInitializer: InitializerName;
  readonly seed: number | undefined;
  private bias: LayerVariable | undefined;

  constructor(args: GraphConvArgs) {
    super(args);
    if (!Number.isInteger(args.units) || args.units <= 0) {
      throw new GnnError('BAD_CONFIG', `${this.getClassName()}: units must be a positive integer, got ${args.units}`);
    }
    this.units = args.units;
    this.useBias = args.useBias ?? true;
    this.kernelInitializer = args.kernelInitializer ?? 'glorotUniform';
    this.seed = args.seed;
  }

  /** Creates the layer's kernels for `fin` input features. */
  protected abstract buildKernels(fin: number): void;

  /** The convolution without its bias, x [N, fin] → [N, units]. */
  protected abstract convolve(x: tf.Tensor2D, propagation: Propagation): tf.Tensor2D;

  /** A [fin, units] kernel named `name`, initialised with this layer's initializer and `seed`. */
  protected addKernel(name: string, fin: number, seed = this.seed): LayerVariable {
    return this.addWeight(name, [fin, this.units], 'float32', makeInitializer(this.kernelInitializer, seed));
  }

  /** Throws when `build` has not run yet. */
  protected requireBuilt<T>(v: T | undefined): T {
    if (v === undefined) throw new Error(`${this.getClassName()}: build() must run before call()`);
    return v;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const shape = shapeOf(inputShape);
    const fin = shape[1];
    if (typeof fin !== 'number')
      throw new GnnError('BAD_INPUT', `${this.getClassName()}: input must be [numNodes, features], got [${shape.join(', ')}]`);
    this.buildKernels(fin);
    if (this.useBias) this.bias = this.addWeight('bias', [this.units], 'float32', makeInitializer('zeros'));
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return [shapeOf(inputShape)[0] ?? null, this.units];
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    return tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor2D;
      const p = kwargs?.['propagation'] as Propagation | undefined;
      if (p === undefined || p.s === undefined) {
        throw new GnnError('BAD_INPUT', `${this.getClassName()}: call apply(x, { propagation }) with the graph's propagation operator`);
      }
      const out = this.convolve(x, p);
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
