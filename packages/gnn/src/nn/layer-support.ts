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

export function assertUnits(layer: string, units: number): void {
  if (!Number.isInteger(units) || units <= 0) {
    throw new GnnError('BAD_CONFIG', `${layer}: units must be a positive integer, got ${units}`);
  }
}

export function propagationOf(layer: string, kwargs: Record<string, unknown> | undefined): Propagation {
  const p = kwargs?.['propagation'] as Propagation | undefined;
  if (p === undefined || p.s === undefined) {
    throw new GnnError('BAD_INPUT', `${layer}: call apply(x, { propagation }) with the graph's propagation operator`);
  }
  return p;
}

export function featureDim(layer: string, inputShape: tf.Shape | tf.Shape[]): number {
  const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
  const f = shape[1];
  if (typeof f !== 'number') throw new GnnError('BAD_INPUT', `${layer}: input must be [numNodes, features], got [${shape.join(', ')}]`);
  return f;
}
