// Benchmark (not a test): time to simulate populations of athletes × 52 weeks.
// Run: cd packages/domain && pnpm bench   (tsx --conditions=@liftgraph/source bench/simulate-population.bench.ts)
import { summarizeLog } from '../src/log/summarize-log.js';
import { iteratePopulation } from '../src/simulator/generate-population.js';

interface Row {
  athletes: number;
  weeks: number;
  seconds: number;
  sessions: number;
  sets: number;
}

function run(athletes: number, weeks: number): Row {
  const start = process.hrtime.bigint();
  let sessions = 0;
  let sets = 0;
  // Streamed one athlete at a time; each log is summarised so the work cannot be optimised away.
  for (const athlete of iteratePopulation({ n: athletes, weeks, seed: 2024 })) {
    const summary = summarizeLog(athlete.log);
    sessions += summary.sessions;
    sets += summary.sets;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { athletes, weeks, seconds, sessions, sets };
}

run(20, 52); // warm-up: JIT and the exercise-profile cache
const rows = [run(250, 52), run(1000, 52)];
for (const r of rows) {
  console.log(
    `${r.athletes} athletes × ${r.weeks} weeks: ${r.seconds.toFixed(2)} s ` +
      `(${((1000 * r.seconds) / r.athletes).toFixed(1)} ms/athlete; ${r.sessions} sessions, ${r.sets} sets)`,
  );
}
const big = rows[1];
if (big) console.log(`target < 30 s for 1000 × 52: ${big.seconds < 30 ? 'met' : 'NOT met'}`);
