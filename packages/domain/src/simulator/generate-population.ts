import { DomainError } from '../errors.js';
import { addDays } from '../science/calendar-day.js';
import { createProgressionPrescriber, type ProgressionKind } from './progression-prescriber.js';
import { runSimulation, type SimulationResult } from './run-simulation.js';
import { SeededRng } from './seeded-rng.js';
import { type AthleteParams, createAthlete } from './sim-athlete.js';
import { SPLIT_FOR_DAYS, SPLIT_TEMPLATES, type SplitId } from './split-templates.js';

export interface PopulationOptions {
  n: number;
  weeks: number;
  seed: number;
  /** Earliest start (a Monday); athletes start 0–25 weeks later. Default 2024-01-01. */
  startDate?: string;
}

/** One simulated athlete of a population: who they are, what they followed, and their log. */
export interface SimulatedAthlete extends Omit<SimulationResult, 'athlete'> {
  id: string;
  params: Readonly<Required<AthleteParams>>;
  split: SplitId;
  prescriberId: string;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Draws one athlete (ASSUMPTIONS, chosen for a plausible gym population, not from a survey):
 * 65 % men; training age novice 35 % (0–0.25 y), intermediate 40 % (0.5–3 y), advanced 25 % (3–10 y);
 * body mass N(82, 11) kg men / N(65, 9) kg women; recovery and talent log-normal (SD 0.2 / 0.1);
 * adherence 0.85 ± 0.08 (novices −0.05); 30 % log RPE; days/week by experience per ACSM 2009
 * (novice 2–3 → 3–4 here, advanced 4–6; docs/science.md §Split templates); novices follow linear progression,
 * others double progression (20 % linear).
 */
function drawAthlete(rng: SeededRng): { params: AthleteParams; days: 3 | 4 | 5 | 6; kind: ProgressionKind } {
  const sex = rng.chance(0.65) ? 'male' : 'female';
  const u = rng.uniform();
  const level = u < 0.35 ? 'novice' : u < 0.75 ? 'intermediate' : 'advanced';
  const trainingAgeYears = round1(
    level === 'novice' ? rng.uniform() * 0.25 : level === 'intermediate' ? 0.5 + 2.5 * rng.uniform() : 3 + 7 * rng.uniform(),
  );
  const bodyMassKg = round1(sex === 'male' ? clamp(82 + 11 * rng.normal(), 55, 130) : clamp(65 + 9 * rng.normal(), 45, 110));
  const params: AthleteParams = {
    sex,
    trainingAgeYears,
    bodyMassKg,
    recovery: clamp(Math.exp(0.2 * rng.normal()), 0.5, 2),
    talent: clamp(Math.exp(0.1 * rng.normal()), 0.6, 1.6),
    adherence: clamp(0.85 + 0.08 * rng.normal() - (level === 'novice' ? 0.05 : 0), 0.5, 0.99),
    logsEffort: rng.chance(0.3) ? 0.9 : 0,
    startHour: rng.int(6, 20),
    warmups: rng.chance(0.6),
  };
  const choices: ReadonlyArray<3 | 4 | 5 | 6> = level === 'novice' ? [3, 3, 4] : level === 'intermediate' ? [3, 4, 4, 5] : [4, 5, 6];
  const days = rng.pick(choices) ?? 4;
  const kind: ProgressionKind = level === 'novice' || rng.chance(0.2) ? 'linear' : 'double';
  return { params, days, kind };
}

/**
 * Lazily simulates a population, one athlete at a time (memory stays bounded however large `n` is).
 * Athlete i depends only on (seed, i), so a population's first k athletes do not depend on n.
 */
export function* iteratePopulation(options: PopulationOptions): Generator<SimulatedAthlete> {
  const { n, weeks, seed } = options;
  if (!Number.isInteger(n) || n < 0) throw new DomainError('INVALID_ARGUMENT', `n must be a non-negative integer, got ${n}`);
  const start = options.startDate ?? '2024-01-01';
  for (let i = 0; i < n; i++) {
    const rng = new SeededRng(seed).fork(i + 1);
    const { params, days, kind } = drawAthlete(rng);
    const split = SPLIT_FOR_DAYS[days];
    const prescriber = createProgressionPrescriber(kind);
    const { athlete, ...result } = runSimulation({
      athlete: createAthlete(params, rng.int(0, 2 ** 31)),
      weeks,
      schedule: SPLIT_TEMPLATES[split],
      prescriber,
      startDate: addDays(start, 7 * rng.int(0, 25)),
    });
    yield { id: `sim-${seed}-${i}`, params: athlete.params, split, prescriberId: prescriber.id, ...result };
  }
}

/**
 * N simulated athletes with varied parameters, splits (docs/science.md §Split templates) and adherence, each with a
 * WorkoutLog in the same model as imported logs (format 'liftgraph', unit 'kg', catalog exercise
 * names). Deterministic in `seed`. For large n × weeks prefer `iteratePopulation` (bounded memory).
 */
export function generatePopulation(options: PopulationOptions): SimulatedAthlete[] {
  return [...iteratePopulation(options)];
}
