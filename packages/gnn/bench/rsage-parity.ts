/**
 * Parity of the rsage yardstick: writes one rsage model's parameters and its predictions on a bench
 * graph (edge types/weights of relations.ts) as JSON, for pyg/check_rsage_parity.py to load into the
 * PyG model of bench_pyg_rsage.py and compare. Same outputs ⇒ the two benches time the same function.
 *
 *   tsx --conditions=@liftgraph/source packages/gnn/bench/rsage-parity.ts GRAPH_DIR OUT.json
 *   PYTHON packages/gnn/bench/pyg/check_rsage_parity.py GRAPH_DIR OUT.json
 */
import { writeFileSync } from 'node:fs';
import { GnnModel } from '../src/index.js';
import { readBenchGraph } from './read-graphs.js';
import { benchConfig } from './training-run.js';

const [dir, out] = process.argv.slice(2);
if (dir === undefined || out === undefined) throw new Error('usage: rsage-parity.ts GRAPH_DIR OUT.json');
const graph = readBenchGraph(dir, 3);
const model = GnnModel.create(benchConfig('rsage', graph.numFeatures, graph.numTargets, 3), 5);
const y = model.predict(graph);
const params = Object.fromEntries(Object.entries(model.getParams()).map(([k, v]) => [k, Array.from(v)]));
writeFileSync(out, JSON.stringify({ numRelations: 3, params, y: Array.from(y) }));
console.log(`${Object.keys(params).length} parameter tensors and ${graph.numNodes}×${graph.numTargets} predictions → ${out}`);
