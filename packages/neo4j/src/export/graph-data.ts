/**
 * The learning graph as plain typed arrays. Structurally identical to `GraphData`/`CsrAdjacency`
 * of @liftgraph/gnn (packages/gnn/src/graph/graph-data.ts), so an export is passed to the models
 * as is. Declared here rather than `import type`d because the workspace's boundary lint
 * (tooling/eslint/boundaries.js) forbids packages/neo4j → @liftgraph/gnn, type imports included.
 * CSR rows are message targets: the in-edges of node i are colIdx[rowPtr[i] .. rowPtr[i+1]).
 */
export interface ExportedCsrAdjacency {
  readonly numNodes: number;
  readonly rowPtr: Int32Array;
  readonly colIdx: Int32Array;
  readonly edgeWeight?: Float32Array;
  readonly edgeType?: Uint8Array;
}

export interface ExportedGraphData {
  readonly numNodes: number;
  readonly numFeatures: number;
  /** [numNodes, numFeatures] row-major. */
  readonly x: Float32Array;
  readonly adjacency: ExportedCsrAdjacency;
  readonly numTargets: number;
  /** [numNodes, numTargets] row-major. */
  readonly y?: Float32Array;
  readonly trainMask?: Uint8Array;
  readonly valMask?: Uint8Array;
  readonly testMask?: Uint8Array;
}
