import * as tf from '@tensorflow/tfjs';
import type { Propagation } from '../graph/propagation.js';
import type { GnnKind } from '../models/conv-kind.js';
import { GcnConv } from './gcn-conv.js';
import type { GraphConv } from './graph-conv.js';
import { RelSageConv } from './rel-sage-conv.js';
import type { RelSageConvArgs } from './rel-sage-conv.js';
import { SageConv } from './sage-conv.js';

/** The tfjs layer of each convolution kind (see `CONV_KINDS` for what they differ in); `numRelations` only matters to relational kinds. */
export const CONV_LAYERS: Readonly<Record<GnnKind, new (args: RelSageConvArgs) => GraphConv>> = {
  gcn: GcnConv,
  sage: SageConv,
  rsage: RelSageConv,
};

/** Activation between convolutions. */
export type Activation = 'relu' | 'tanh' | 'identity' | 'elu';

export function activate(h: tf.Tensor2D, a: Activation): tf.Tensor2D {
  switch (a) {
    case 'relu':
      return tf.relu(h);
    case 'tanh':
      return tf.tanh(h);
    case 'elu':
      return tf.elu(h);
    case 'identity':
      return h;
  }
}

/**
 * The tfjs reference forward pass of a stack of graph convolutions, the one both the two-layer study
 * model (`buildTfGnn`) and the depth study (`DeepGnn`) run:
 *   H⁰ = X,  Hˡ = σ(Convˡ(drop(Hˡ⁻¹, l))) for l = 1..L, with no dropout before the first convolution.
 * `drop(h, l)` applies the caller's dropout (identity at inference). Returns H^L (call inside `tf.tidy`).
 */
export function convStack(
  convs: readonly GraphConv[],
  x: tf.Tensor2D,
  propagation: Propagation,
  activation: Activation,
  drop: (h: tf.Tensor2D, layer: number) => tf.Tensor2D,
): tf.Tensor2D {
  let h = x;
  convs.forEach((conv, l) => {
    if (l > 0) h = drop(h, l);
    h = activate(conv.apply(h, { propagation }) as tf.Tensor2D, activation);
  });
  return h;
}
