import { GnnError } from '../errors.js';
import type { CsrAdjacency, GraphData } from './graph-data.js';

function validateAdjacency(adj: CsrAdjacency, numNodes: number): void {
  const { rowPtr, colIdx } = adj;
  if (adj.numNodes !== numNodes) {
    throw new GnnError('BAD_GRAPH', `adjacency.numNodes is ${adj.numNodes} but the graph has ${numNodes} nodes`);
  }
  if (rowPtr.length !== numNodes + 1) {
    throw new GnnError('BAD_GRAPH', `rowPtr has ${rowPtr.length} entries, expected numNodes + 1 = ${numNodes + 1}`);
  }
  if (rowPtr[0] !== 0) throw new GnnError('BAD_GRAPH', `rowPtr[0] must be 0, got ${rowPtr[0]}`);
  for (let i = 0; i < numNodes; i++) {
    const a = rowPtr[i] ?? 0;
    const b = rowPtr[i + 1] ?? 0;
    if (b < a) throw new GnnError('BAD_GRAPH', `rowPtr must be non-decreasing, but rowPtr[${i + 1}] = ${b} < rowPtr[${i}] = ${a}`);
  }
  if (rowPtr[numNodes] !== colIdx.length) {
    throw new GnnError('BAD_GRAPH', `rowPtr[numNodes] = ${rowPtr[numNodes]} must equal colIdx.length = ${colIdx.length}`);
  }
  for (let k = 0; k < colIdx.length; k++) {
    const c = colIdx[k] ?? -1;
    if (c < 0 || c >= numNodes) {
      throw new GnnError('BAD_EDGE_INDEX', `colIdx[${k}] = ${c} is outside [0, ${numNodes})`);
    }
  }
  if (adj.edgeWeight !== undefined) {
    if (adj.edgeWeight.length !== colIdx.length) {
      throw new GnnError('BAD_GRAPH', `edgeWeight has ${adj.edgeWeight.length} entries, expected one per edge (${colIdx.length})`);
    }
    for (let k = 0; k < adj.edgeWeight.length; k++) {
      const w = adj.edgeWeight[k] ?? 0;
      if (!Number.isFinite(w) || w < 0) {
        throw new GnnError('BAD_GRAPH', `edgeWeight[${k}] = ${w} must be finite and >= 0`);
      }
    }
  }
  if (adj.edgeType !== undefined && adj.edgeType.length !== colIdx.length) {
    throw new GnnError('BAD_GRAPH', `edgeType has ${adj.edgeType.length} entries, expected one per edge (${colIdx.length})`);
  }
}

function validateMask(name: string, mask: Uint8Array | undefined, numNodes: number): void {
  if (mask === undefined) return;
  if (mask.length !== numNodes) {
    throw new GnnError('BAD_GRAPH', `${name} has ${mask.length} entries, expected one per node (${numNodes})`);
  }
  for (let i = 0; i < mask.length; i++) {
    const m = mask[i] ?? 0;
    if (m > 1) throw new GnnError('BAD_GRAPH', `${name}[${i}] = ${m}; masks hold 0 or 1`);
  }
}

/**
 * Checks every structural invariant of a `GraphData` once, eagerly, so kernels can trust their inputs:
 * feature/target sizes, finite values, CSR shape (rowPtr monotone from 0 to E), node ids in range,
 * edge weights finite and ≥ 0, per-edge and per-node array lengths, 0/1 masks.
 * @throws GnnError with the offending index and value.
 */
export function validateGraph(g: GraphData): void {
  if (!Number.isInteger(g.numNodes) || g.numNodes < 0) {
    throw new GnnError('BAD_GRAPH', `numNodes must be a non-negative integer, got ${g.numNodes}`);
  }
  if (!Number.isInteger(g.numFeatures) || g.numFeatures <= 0) {
    throw new GnnError('BAD_FEATURES', `numFeatures must be a positive integer, got ${g.numFeatures}`);
  }
  if (g.x.length !== g.numNodes * g.numFeatures) {
    throw new GnnError(
      'BAD_FEATURES',
      `x has ${g.x.length} values, expected ${g.numNodes}×${g.numFeatures} = ${g.numNodes * g.numFeatures}`,
    );
  }
  for (let k = 0; k < g.x.length; k++) {
    if (!Number.isFinite(g.x[k])) {
      const row = Math.floor(k / g.numFeatures);
      throw new GnnError('BAD_FEATURES', `x[${row}, ${k % g.numFeatures}] = ${g.x[k]} is not finite`);
    }
  }
  if (g.y !== undefined) {
    if (g.y.length !== g.numNodes * g.numTargets) {
      throw new GnnError('BAD_GRAPH', `y has ${g.y.length} values, expected ${g.numNodes}×${g.numTargets} = ${g.numNodes * g.numTargets}`);
    }
    for (let k = 0; k < g.y.length; k++) {
      // NaN marks an unknown target (left out of the loss); infinities are errors.
      const v = g.y[k] ?? Number.NaN;
      if (!Number.isNaN(v) && !Number.isFinite(v))
        throw new GnnError('BAD_GRAPH', `y[${k}] = ${v} is not finite (use NaN for an unknown target)`);
    }
  }
  validateAdjacency(g.adjacency, g.numNodes);
  validateMask('trainMask', g.trainMask, g.numNodes);
  validateMask('valMask', g.valMask, g.numNodes);
  validateMask('testMask', g.testMask, g.numNodes);
}
