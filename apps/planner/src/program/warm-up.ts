import type { Exercise } from '@liftgraph/domain';
import type { MipSolver } from '../solver/highs-solver.js';
import { generateProgramWith } from './generate-program.js';

/**
 * Generates throw-away programs (empty log, 3/5/6 days) until V8 has tiered the HiGHS WebAssembly up
 * from its baseline compiler: the first solves of a process run ~5–10× slower than warm ones. Call at
 * start-up before reporting ready. Returns the wall time of each round in ms.
 */
export function warmUpPlanner(solver: MipSolver, catalog: readonly Exercise[], rounds = 6): number[] {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    for (const daysPerWeek of [3, 5, 6] as const) {
      generateProgramWith(solver, { athleteId: 'warm-up', daysPerWeek, weeks: 4, startDate: '2024-01-01' }, { history: [], catalog });
    }
    times.push(performance.now() - started);
  }
  return times;
}
