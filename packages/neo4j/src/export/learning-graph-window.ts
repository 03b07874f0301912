import type { LearningGraph } from '@liftgraph/domain';

/**
 * The subgraph induced by the nodes dated on or after `from` (YYYY-MM-DD): features, targets and masks
 * of the kept nodes are unchanged (earlier history already fed them), edges from dropped nodes go,
 * and `prevIndex` points at -1 where the previous occurrence was dropped.
 */
export function learningGraphFrom(g: LearningGraph, from: string): LearningGraph {
  const newIndex = new Int32Array(g.numNodes).fill(-1);
  const kept: number[] = [];
  g.nodes.forEach((node, i) => {
    if (node.date >= from) newIndex[i] = kept.push(i) - 1;
  });
  const n = kept.length;
  const F = g.numFeatures;
  const x = new Float32Array(n * F);
  const rowsOf3 = (src: Float32Array): Float32Array => {
    const out = new Float32Array(n * 3);
    kept.forEach((i, k) => out.set(src.subarray(i * 3, i * 3 + 3), k * 3));
    return out;
  };
  kept.forEach((i, k) => x.set(g.x.subarray(i * F, (i + 1) * F), k * F));
  const { rowPtr, colIdx, edgeWeight, edgeType } = g.adjacency;
  const newRowPtr = new Int32Array(n + 1);
  const cols: number[] = [];
  const weights: number[] = [];
  const types: number[] = [];
  kept.forEach((i, k) => {
    for (let e = rowPtr[i] ?? 0; e < (rowPtr[i + 1] ?? 0); e += 1) {
      const source = newIndex[colIdx[e] ?? 0] ?? -1;
      if (source < 0) continue;
      cols.push(source);
      weights.push(edgeWeight[e] ?? 0);
      types.push(edgeType[e] ?? 0);
    }
    newRowPtr[k + 1] = cols.length;
  });
  return {
    ...g,
    numNodes: n,
    x,
    adjacency: {
      numNodes: n,
      rowPtr: newRowPtr,
      colIdx: Int32Array.from(cols),
      edgeWeight: Float32Array.from(weights),
      edgeType: Uint8Array.from(types),
    },
    y: rowsOf3(g.y),
    persistence: rowsOf3(g.persistence),
    rules: rowsOf3(g.rules),
    trainMask: Uint8Array.from(kept, (i) => g.trainMask[i] ?? 0),
    testMask: Uint8Array.from(kept, (i) => g.testMask[i] ?? 0),
    prevIndex: Int32Array.from(kept, (i) => newIndex[g.prevIndex[i] ?? -1] ?? -1),
    nodes: kept.map((i) => g.nodes[i]).filter((node) => node !== undefined),
  };
}
