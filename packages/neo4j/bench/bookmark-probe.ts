// What read-your-writes costs per request: a request that carries a bookmark (x-liftgraph-bookmark)
// first probes with `RETURN 1` that the database has reached it, then runs its transactions.
// Runs N "requests" of one small indexed read each, alternating: no bookmark / a reached bookmark, each
// request with a fresh CausalChain as the API makes them; prints median and p95 wall time of each.
// Against the dev Neo4j (NEO4J_URL, default bolt://127.0.0.1:7687; `pnpm neo4j:start`):
//   pnpm --filter @liftgraph/neo4j exec tsx --conditions=@liftgraph/source bench/bookmark-probe.ts [-- --n 400]
import { loadavg } from 'node:os';
import { CausalChain, createGraphDb, neo4jEnv, readTx, withCausalChain, writeTx } from '../src/index.js';

const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const n = Number(arg('--n') ?? 400);
const db = createGraphDb(neo4jEnv());
const label = `BookmarkProbeBench_${Date.now()}`;

const quantile = (xs: number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

try {
  const writer = new CausalChain(5_000);
  await writeTx(withCausalChain(db, writer), 'bench.write', (tx) => tx.run(`CREATE (:${label} {k: 1})`));
  const bookmarks = writer.written();
  const request = async (awaited: readonly string[]): Promise<number> => {
    const chain = new CausalChain(5_000);
    if (awaited.length > 0) chain.waitFor(awaited);
    const t0 = performance.now();
    await readTx(withCausalChain(db, chain), 'bench.read', (tx) => tx.run(`MATCH (n:${label} {k: 1}) RETURN n.k`));
    return performance.now() - t0;
  };
  for (let i = 0; i < 50; i++) await request(i % 2 === 0 ? [] : bookmarks); // warm-up
  const plain: number[] = [];
  const withBookmark: number[] = [];
  const load0 = loadavg()[0] ?? 0;
  for (let i = 0; i < n; i++) {
    plain.push(await request([]));
    withBookmark.push(await request(bookmarks));
  }
  const load1 = loadavg()[0] ?? 0;
  const fmt = (xs: number[]): string => `median ${quantile(xs, 0.5).toFixed(2)} ms, p95 ${quantile(xs, 0.95).toFixed(2)} ms`;
  console.log(`requests of one indexed read, ${n} each, alternating (load average ${load0.toFixed(2)} → ${load1.toFixed(2)}):`);
  console.log(`  no bookmark:      ${fmt(plain)}`);
  console.log(`  reached bookmark: ${fmt(withBookmark)}  (probe RETURN 1 + the read)`);
  console.log(`command: pnpm --filter @liftgraph/neo4j exec tsx --conditions=@liftgraph/source bench/bookmark-probe.ts -- --n ${n}`);
} finally {
  await db.driver.executeQuery(`MATCH (n:${label}) DELETE n`, {}, { database: db.database });
  await db.close();
}
