import { describe, expect, it } from 'vitest';
import { createExerciseMatcher } from '../catalog/exercise-matcher.js';
import { LIFTGRAPH_CATALOG, STUDY_EXERCISE_IDS } from '../catalog/liftgraph-catalog.js';
import { summarizeLog } from '../log/summarize-log.js';
import { simulateStudyScenario, STUDY_SCHEDULE, STUDY_WEEKS } from './study-scenario.js';

describe('simulateStudyScenario', () => {
  const result = simulateStudyScenario({ seed: 2024 });
  const summary = summarizeLog(result.log);

  it('should span exactly 6 weeks', () => {
    expect(STUDY_WEEKS).toBe(6);
    expect(result.acwrWeeks).toHaveLength(6);
    expect(summary.firstDate).toBe('2024-01-01');
    expect(summary.lastDate !== null && summary.lastDate <= '2024-02-11').toBe(true);
    expect(result.plannedSessions).toBe(24);
  });

  it("should use exactly the study's twelve exercises, split into push and pull days", () => {
    const scheduled = STUDY_SCHEDULE.days.flatMap((d) => d.template.exercises.map((e) => e.exerciseId));
    expect(new Set(scheduled)).toEqual(new Set(Object.values(STUDY_EXERCISE_IDS)));
    expect(summary.exercises).toBe(12);
    expect(new Set(result.log.sessions.map((s) => s.title))).toEqual(new Set(['Push', 'Pull']));
  });

  it('should log names the catalog matcher maps back to the study ids with confidence 1', () => {
    const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
    const ids = new Set(
      result.log.sessions
        .flatMap((s) => s.performances.map((p) => matcher.match(p.exerciseName)))
        .map((m) => (m.confidence === 1 ? m.exerciseId : null)),
    );
    expect(ids).toEqual(new Set(Object.values(STUDY_EXERCISE_IDS)));
  });

  it("should never lower a load (the study's rule only adds load, rest, or removes a rep) and should add load sometimes", () => {
    const byExercise = new Map<string, Array<{ loadKg: number }>>();
    for (const session of result.log.sessions) {
      for (const p of session.performances) {
        const first = p.sets.find((s) => s.type === 'working');
        const list = byExercise.get(p.exerciseName) ?? [];
        list.push({ loadKg: first?.weightKg ?? 0 });
        byExercise.set(p.exerciseName, list);
      }
    }
    let increases = 0;
    for (const list of byExercise.values()) {
      for (let i = 1; i < list.length; i++) {
        const [prev, next] = [list[i - 1]?.loadKg ?? 0, list[i]?.loadKg ?? 0];
        expect(next).toBeGreaterThanOrEqual(prev);
        if (next > prev) increases += 1;
      }
    }
    expect(increases).toBeGreaterThan(0);
  });

  it('should be deterministic in the seed', () => {
    expect(simulateStudyScenario({ seed: 2024 }).log).toEqual(result.log);
    expect(simulateStudyScenario({ seed: 2025 }).log).not.toEqual(result.log);
  });
});
