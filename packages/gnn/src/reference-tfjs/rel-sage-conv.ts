import * as tf from '@tensorflow/tfjs';
import { GnnError } from '../errors.js';
import type { Propagation } from '../graph/propagation.js';
import { CONV_KINDS, neighKernels } from '../models/conv-kind.js';
import { GraphConv } from './graph-conv.js';
import type { GraphConvArgs, LayerVariable } from './graph-conv.js';
import { propagate } from './propagate.js';

export interface RelSageConvArgs extends GraphConvArgs {
  /** Edge relations, each with its own neighbour kernel. Default 1. */
  numRelations?: number;
}

/**
 * Relation-typed, edge-weighted GraphSAGE (the 'rsage' kind of `CONV_KINDS`):
 *   x'_i = W_root · x_i + Σ_r W_neigh,r · (Σ_{j→i of type r} w_ji x_j / Σ_{j→i of type r} w_ji) + b
 * (a node without in-edges of relation r contributes 0 for r). Call: `layer.apply(x, { propagation })`
 * with `relationMeanPropagation(adjacency, numRelations)`, whose operator stacks the R relation blocks
 * by rows: one `propagate` gives every S_r·x, sliced per relation. x [N, F_in] → [N, units].
 */
export class RelSageConv extends GraphConv {
  static className = 'RelSageConv';
  readonly numRelations: number;
  private kernelRoot: LayerVariable | undefined;
  private kernelsNeigh: LayerVariable[] = [];

  constructor(args: RelSageConvArgs) {
    super(args);
    const r = args.numRelations ?? 1;
    if (!Number.isInteger(r) || r <= 0) throw new GnnError('BAD_CONFIG', `RelSageConv: numRelations must be a positive integer, got ${r}`);
    this.numRelations = r;
  }

  protected buildKernels(fin: number): void {
    const c = CONV_KINDS.rsage;
    this.kernelRoot = this.addKernel(c.rootKernel ?? 'kernel_root', fin);
    this.kernelsNeigh = neighKernels(c, this.numRelations).map((name, r) =>
      this.addKernel(name, fin, this.seed === undefined ? undefined : this.seed + 1 + r),
    );
  }

  protected convolve(x: tf.Tensor2D, op: Propagation): tf.Tensor2D {
    const [n, fin] = x.shape;
    if (op.s.numRows !== this.numRelations * n) {
      throw new GnnError('BAD_INPUT', `RelSageConv: the propagation has ${op.s.numRows} rows, expected ${this.numRelations}·${n}`);
    }
    const agg = propagate(x, op);
    const terms = this.kernelsNeigh.map((k, r) => tf.matMul(tf.slice(agg, [r * n, 0], [n, fin]), k.read()));
    return tf.addN([tf.matMul(x, this.requireBuilt(this.kernelRoot).read()), ...terms]) as tf.Tensor2D;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), numRelations: this.numRelations };
  }
}
tf.serialization.registerClass(RelSageConv);
