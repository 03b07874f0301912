/**
 * Edge types and weights for the heterogeneous ("rsage") runs on the homogeneous benchmark graphs,
 * derived from the file order of the edges — the same rule as pyg/bench_pyg_rsage.py:
 *   type_k = k mod R,   w_k = 0.25 + 0.75 · ((k · 7919) mod 1000) / 999   (float32)
 * so both stacks see the same relations and the same weighted means.
 */
export function edgeTypes(numEdges: number, numRelations: number): Uint8Array {
  if (!Number.isInteger(numRelations) || numRelations < 1 || numRelations > 255) {
    throw new Error(`numRelations must be an integer in [1, 255], got ${numRelations}`);
  }
  const t = new Uint8Array(numEdges);
  for (let k = 0; k < numEdges; k++) t[k] = k % numRelations;
  return t;
}

export function edgeWeights(numEdges: number): Float32Array {
  const w = new Float32Array(numEdges);
  for (let k = 0; k < numEdges; k++) w[k] = 0.25 + (0.75 * ((k * 7919) % 1000)) / 999;
  return w;
}
