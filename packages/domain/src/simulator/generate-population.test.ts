import { describe, expect, it } from 'vitest';
import { CONFIDENT_MATCH, createExerciseMatcher } from '../catalog/exercise-matcher.js';
import { LIFTGRAPH_CATALOG } from '../catalog/liftgraph-catalog.js';
import { summarizeLog } from '../log/summarize-log.js';
import { generatePopulation } from './generate-population.js';
import { SPLIT_TEMPLATES } from './split-templates.js';

describe('generatePopulation', () => {
  const population = generatePopulation({ n: 24, weeks: 8, seed: 7 });

  it('should produce n athletes whose logs summarise like real logs', () => {
    expect(population).toHaveLength(24);
    for (const athlete of population) {
      const summary = summarizeLog(athlete.log);
      expect(athlete.log.format).toBe('liftgraph');
      expect(summary.sessions).toBeGreaterThan(0);
      expect(summary.workingSets).toBeGreaterThan(summary.sessions);
      expect(summary.firstDate !== null && summary.lastDate !== null && summary.firstDate <= summary.lastDate).toBe(true);
    }
  });

  it('should log only names the catalog matcher maps with confidence', () => {
    const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
    const names = new Set(population.flatMap((a) => a.log.sessions.flatMap((s) => s.performances.map((p) => p.exerciseName))));
    for (const name of names) expect(matcher.match(name).confidence).toBeGreaterThanOrEqual(CONFIDENT_MATCH);
  });

  it('should vary sex, training age, splits, progression and adherence', () => {
    expect(new Set(population.map((a) => a.params.sex)).size).toBe(2);
    expect(new Set(population.map((a) => a.split)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(population.map((a) => a.prescriberId)).size).toBe(2);
    const ages = population.map((a) => a.params.trainingAgeYears);
    expect(Math.min(...ages)).toBeLessThan(0.3);
    expect(Math.max(...ages)).toBeGreaterThan(3);
    expect(population.some((a) => a.skippedSessions > 0)).toBe(true);
  });

  it('should be deterministic, and athlete i should not depend on n', () => {
    const again = generatePopulation({ n: 3, weeks: 8, seed: 7 });
    expect(again).toEqual(population.slice(0, 3));
    expect(generatePopulation({ n: 3, weeks: 8, seed: 8 })[0]?.log).not.toEqual(population[0]?.log);
  });

  it('should build every split template from catalog exercises', () => {
    const ids = new Set(LIFTGRAPH_CATALOG.map((e) => e.id));
    for (const schedule of Object.values(SPLIT_TEMPLATES)) {
      for (const day of schedule.days) for (const e of day.template.exercises) expect(ids.has(e.exerciseId)).toBe(true);
    }
  });

  it('should reject a negative n', () => {
    expect(() => generatePopulation({ n: -1, weeks: 4, seed: 1 })).toThrowError(/n must be a non-negative integer, got -1/);
  });
});
