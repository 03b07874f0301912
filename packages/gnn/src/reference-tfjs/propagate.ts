import * as tf from '@tensorflow/tfjs';
import { GnnError } from '../errors.js';
import type { Propagation } from '../graph/propagation.js';
import { sparseDenseMatmul } from '../kernels/spmm-js.js';

/**
 * Differentiable sparse–dense product Y = S·X for a fixed propagation operator S (tfjs op).
 * Forward and backward are CSR passes: ∂L/∂X = Sᵀ·∂L/∂Y with the precomputed transpose, registered
 * through `tf.customGrad` (tfjs has no gradient for its scatter/segment ops on every backend).
 * Shapes: x [N, F] → [N, F]. S is constant: no gradient flows to edge weights.
 */
export function propagate(x: tf.Tensor2D, op: Propagation): tf.Tensor2D {
  const [n, width] = x.shape;
  if (n !== op.s.numCols) {
    throw new GnnError('BAD_INPUT', `propagate: x has ${n} rows but the graph has ${op.s.numCols} nodes`);
  }
  const f = tf.customGrad((input: tf.Tensor | tf.GradSaveFunc) => {
    const xs = input as tf.Tensor2D;
    const value = tf.tensor2d(sparseDenseMatmul(op.s, xs.dataSync() as Float32Array, width), [op.s.numRows, width]);
    const gradFunc = (dy: tf.Tensor): tf.Tensor =>
      tf.tensor2d(sparseDenseMatmul(op.sT, dy.dataSync() as Float32Array, width), [op.sT.numRows, width]);
    return { value, gradFunc };
  });
  return f(x) as tf.Tensor2D;
}
