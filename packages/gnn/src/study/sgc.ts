import type { GraphData } from '../graph/graph-data.js';
import { sparseDenseMatmul } from '../kernels/spmm-js.js';
import { propagationFor } from '../models/conv-kind.js';

/**
 * SGC features (Wu et al., "Simplifying Graph Convolutional Networks", ICML 2019): Ŝ^K X with the GCN
 * operator Ŝ = D̂^{-1/2}(A + I)D̂^{-1/2}; K sparse passes, no weights. Shapes: x [N, F] → [N, F].
 */
export function sgcFeatures(graph: GraphData, k: number): Float32Array {
  const op = propagationFor('gcn', graph.adjacency);
  let h = graph.x;
  for (let i = 0; i < k; i++) h = sparseDenseMatmul(op.s, h, graph.numFeatures);
  return h;
}
