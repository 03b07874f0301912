import * as tf from '@tensorflow/tfjs';
import type { Propagation } from '../graph/propagation.js';
import { CONV_KINDS } from '../models/conv-kind.js';
import { GraphConv } from './graph-conv.js';
import type { GraphConvArgs, LayerVariable } from './graph-conv.js';
import { propagate } from './propagate.js';

export type GcnConvArgs = GraphConvArgs;

/**
 * Graph convolution (Kipf & Welling, "Semi-Supervised Classification with Graph Convolutional
 * Networks", ICLR 2017, eq. 2):  X' = D̂^{-1/2} (A + I) D̂^{-1/2} · X · W + b,
 * with edge weights in A, self-loops added where missing (build the operator with `gcnPropagation`).
 * Call: `layer.apply(x, { propagation })`, x [N, F_in] float32 → [N, units].
 * The product is evaluated as (Â·X)·W when F_in ≤ units, else Â·(X·W): same result, fewer flops.
 */
export class GcnConv extends GraphConv {
  static className = 'GcnConv';
  private kernel: LayerVariable | undefined;

  protected buildKernels(fin: number): void {
    this.kernel = this.addKernel(CONV_KINDS.gcn.neighKernel, fin);
  }

  protected convolve(x: tf.Tensor2D, op: Propagation): tf.Tensor2D {
    const w = this.requireBuilt(this.kernel).read() as tf.Tensor2D;
    return x.shape[1] <= this.units ? tf.matMul(propagate(x, op), w) : propagate(tf.matMul(x, w), op);
  }
}
tf.serialization.registerClass(GcnConv);
