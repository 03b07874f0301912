import * as tf from '@tensorflow/tfjs';
import type { Propagation } from '../graph/propagation.js';
import { CONV_KINDS } from '../models/conv-kind.js';
import { GraphConv } from './graph-conv.js';
import type { GraphConvArgs, LayerVariable } from './graph-conv.js';
import { propagate } from './propagate.js';

export type SageConvArgs = GraphConvArgs;

/**
 * GraphSAGE convolution with the mean aggregator and root weight (Hamilton, Ying & Leskovec,
 * "Inductive Representation Learning on Large Graphs", NeurIPS 2017, Alg. 1; PyG `SAGEConv`):
 *   x'_i = W_root · x_i + W_neigh · mean_{j ∈ N(i)} x_j + b     (isolated nodes: mean = 0)
 * Call: `layer.apply(x, { propagation })` with `meanPropagation(adjacency)`; x [N, F_in] → [N, units].
 */
export class SageConv extends GraphConv {
  static className = 'SageConv';
  private kernelRoot: LayerVariable | undefined;
  private kernelNeigh: LayerVariable | undefined;

  protected buildKernels(fin: number): void {
    const { rootKernel, neighKernel } = CONV_KINDS.sage;
    this.kernelRoot = this.addKernel(rootKernel ?? 'kernel_root', fin);
    this.kernelNeigh = this.addKernel(neighKernel, fin, this.seed === undefined ? undefined : this.seed + 1);
  }

  protected convolve(x: tf.Tensor2D, op: Propagation): tf.Tensor2D {
    const root = this.requireBuilt(this.kernelRoot).read();
    const neigh = this.requireBuilt(this.kernelNeigh).read();
    return tf.add(tf.matMul(x, root), tf.matMul(propagate(x, op), neigh));
  }
}
tf.serialization.registerClass(SageConv);
