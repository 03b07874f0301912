import { generatePopulation, kg, LIFTGRAPH_CATALOG, type LoggedSession } from '@liftgraph/domain';
import { describe, expect, it } from 'vitest';
import { nextPerformanceGraph } from './next-performance-graph.js';

const [athlete] = generatePopulation({ n: 1, weeks: 6, seed: 11 });
const sessions = athlete?.log.sessions ?? [];

describe('nextPerformanceGraph cache', () => {
  it('should give the same graph back for the same log, and a new one once any set changes', () => {
    expect(sessions.length).toBeGreaterThan(5);
    const first = nextPerformanceGraph('a', sessions, LIFTGRAPH_CATALOG);
    expect(nextPerformanceGraph('a', [...sessions], LIFTGRAPH_CATALOG)).toBe(first);
    // Edit one set's load in the oldest session: the graph is rebuilt and reads the new load.
    const [oldest, ...rest] = sessions as [LoggedSession, ...LoggedSession[]];
    const [perf, ...perfs] = oldest.performances;
    if (!perf) throw new Error('no performance');
    const edited: LoggedSession = {
      ...oldest,
      performances: [{ ...perf, sets: perf.sets.map((s) => ({ ...s, weightKg: kg((s.weightKg ?? 0) + 2.5) })) }, ...perfs],
    };
    const second = nextPerformanceGraph('a', [edited, ...rest], LIFTGRAPH_CATALOG);
    expect(second).not.toBe(first);
    expect(second?.lg.x).not.toEqual(first?.lg.x);
    // Another athlete id with the same sessions is another graph.
    expect(nextPerformanceGraph('b', sessions, LIFTGRAPH_CATALOG)).not.toBe(first);
  });
});
