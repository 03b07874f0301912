import { cooToCsr } from '../graph/csr.js';
import type { GraphData } from '../graph/graph-data.js';

/**
 * A 4-node literal graph with edges 1→0, 2→0, 3→1, 0→2 (source → target), so
 * node 0 has in-neighbours {1, 2}, node 1 has {3}, node 2 has {0}, node 3 has none (isolated target).
 * Features x_i = [i + 1, 1], targets y_i = [i].
 */
export function tinyGraph(): GraphData {
  const src = Int32Array.from([1, 2, 3, 0]);
  const tgt = Int32Array.from([0, 0, 1, 2]);
  return {
    numNodes: 4,
    numFeatures: 2,
    x: Float32Array.from([1, 1, 2, 1, 3, 1, 4, 1]),
    adjacency: cooToCsr(4, src, tgt),
    numTargets: 1,
    y: Float32Array.from([0, 1, 2, 3]),
  };
}

/**
 * A seeded random graph with `numEdges` random weighted edges, for gradient checks; with
 * `numRelations`, edges also get uniformly random types 0..numRelations−1 (drawn last, so the rest
 * of the graph is the same as without).
 */
export function randomGraph(
  numNodes: number,
  numEdges: number,
  numFeatures: number,
  numTargets: number,
  seed = 7,
  numRelations?: number,
): GraphData {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const src = Int32Array.from({ length: numEdges }, () => Math.floor(rand() * numNodes));
  const tgt = Int32Array.from({ length: numEdges }, () => Math.floor(rand() * numNodes));
  const edgeWeight = Float32Array.from({ length: numEdges }, () => 0.5 + rand());
  const x = Float32Array.from({ length: numNodes * numFeatures }, () => rand() * 2 - 1);
  const y = Float32Array.from({ length: numNodes * numTargets }, () => rand() * 2 - 1);
  const edgeType = numRelations === undefined ? undefined : Uint8Array.from({ length: numEdges }, () => Math.floor(rand() * numRelations));
  return {
    numNodes,
    numFeatures,
    x,
    adjacency: cooToCsr(numNodes, src, tgt, { edgeWeight, ...(edgeType && { edgeType }) }),
    numTargets,
    y,
  };
}
