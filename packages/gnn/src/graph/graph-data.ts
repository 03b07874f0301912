/**
 * Adjacency in compressed sparse row form, **rows = message targets**: the in-edges of node i are
 * `colIdx[rowPtr[i] .. rowPtr[i+1])` (their sources), so aggregation is one pass over each row.
 * Shapes: rowPtr [N + 1], colIdx [E], edgeWeight [E] (default 1), edgeType [E].
 */
export interface CsrAdjacency {
  readonly numNodes: number;
  readonly rowPtr: Int32Array;
  readonly colIdx: Int32Array;
  readonly edgeWeight?: Float32Array;
  readonly edgeType?: Uint8Array;
}

/**
 * One graph as plain typed arrays (what `@liftgraph/neo4j` exports and every model here consumes).
 * Shapes: x [numNodes, numFeatures] row-major; y [numNodes, numTargets] row-major; masks [numNodes]
 * with 1 = the node belongs to the split.
 */
export interface GraphData {
  readonly numNodes: number;
  readonly numFeatures: number;
  readonly x: Float32Array;
  readonly adjacency: CsrAdjacency;
  readonly numTargets: number;
  readonly y?: Float32Array;
  readonly trainMask?: Uint8Array;
  readonly valMask?: Uint8Array;
  readonly testMask?: Uint8Array;
}

/** A weighted sparse matrix in CSR form, [numRows, numCols]. */
export interface SparseMatrix {
  readonly numRows: number;
  readonly numCols: number;
  readonly rowPtr: Int32Array;
  readonly colIdx: Int32Array;
  readonly val: Float32Array;
}

/**
 * Number of edge relations of an adjacency: max `edgeType` + 1, or 1 without edge types or edges
 * (every edge is then of relation 0).
 */
export function relationCount(adjacency: CsrAdjacency): number {
  let max = 0;
  const types = adjacency.edgeType;
  if (types !== undefined) for (let k = 0; k < types.length; k++) max = Math.max(max, types[k] ?? 0);
  return max + 1;
}

/** Number of edges (non-zeros) of an adjacency. */
export function numEdges(adjacency: CsrAdjacency): number {
  return adjacency.colIdx.length;
}
