import { describe, expect, it } from 'vitest';
import { seededRandom } from '../soak-stats.js';
import { MIX, nextCall, READ_ONLY_MIX, type SoakActors, type SoakOp } from '../soak-workload.js';

const actors: SoakActors = {
  coachToken: 'c',
  athletes: [
    { id: 'a1', token: 't1' },
    { id: 'a2', token: 't2' },
  ],
  exerciseIds: ['back-squat', 'bench-press'],
};

function draw(mix: Record<SoakOp, number>, n: number): Map<SoakOp, number> {
  const random = seededRandom(7);
  const seen = new Map<SoakOp, number>();
  for (let i = 0; i < n; i++) {
    const { op } = nextCall(actors, random, new Date(Date.UTC(2026, 0, 1, 0, 0, i)), mix);
    seen.set(op, (seen.get(op) ?? 0) + 1);
  }
  return seen;
}

describe('soak workload mixes', () => {
  it('should send writes in the default mix', () => {
    const seen = draw(MIX, 2000);
    expect(seen.get('logWorkout') ?? 0).toBeGreaterThan(0);
    expect(seen.get('generateProgram') ?? 0).toBeGreaterThan(0);
  });

  it('should never send a graph-growing write in the read-only mix, and still send every read', () => {
    const seen = draw(READ_ONLY_MIX, 2000);
    expect(seen.get('logWorkout')).toBeUndefined();
    expect(seen.get('generateProgram')).toBeUndefined();
    for (const op of Object.keys(MIX) as SoakOp[]) if (READ_ONLY_MIX[op] > 0) expect(seen.get(op) ?? 0, op).toBeGreaterThan(0);
  });
});
