/**
 * The six classic rep-to-1RM equations (docs/science.md §e1RM, all [VERIFIED] as formulas; years as
 * commonly cited). Each maps `loadKg` lifted for `reps` to failure onto an estimated 1RM in kg.
 * They are raw equations: range checks, the single-rep rule and RIR handling live in
 * `estimateOneRepMax`, which is what callers should use.
 */
export type OneRepMaxFormulaId = 'epley' | 'brzycki' | 'lombardi' | 'mayhew' | 'oconner' | 'wathan';

export type OneRepMaxEquation = (loadKg: number, reps: number) => number;

/** Epley (1985): 1RM = w × (1 + r / 30). */
export const epley: OneRepMaxEquation = (loadKg, reps) => loadKg * (1 + reps / 30);

/** Brzycki (1993): 1RM = w × 36 / (37 − r); undefined at r = 37, so callers keep r ≤ 12. */
export const brzycki: OneRepMaxEquation = (loadKg, reps) => (loadKg * 36) / (37 - reps);

/** Lombardi (1989): 1RM = w × r^0.10. */
export const lombardi: OneRepMaxEquation = (loadKg, reps) => loadKg * reps ** 0.1;

/** Mayhew et al. (1992): 1RM = 100 w / (52.2 + 41.9 e^(−0.055 r)). */
export const mayhew: OneRepMaxEquation = (loadKg, reps) => (100 * loadKg) / (52.2 + 41.9 * Math.exp(-0.055 * reps));

/** O'Conner et al. (1989): 1RM = w × (1 + r / 40). */
export const oconner: OneRepMaxEquation = (loadKg, reps) => loadKg * (1 + reps / 40);

/** Wathan (1994): 1RM = 100 w / (48.8 + 53.8 e^(−0.075 r)). */
export const wathan: OneRepMaxEquation = (loadKg, reps) => (100 * loadKg) / (48.8 + 53.8 * Math.exp(-0.075 * reps));

/** Lookup by id, for callers that take the formula as data (settings, GraphQL enums). */
export const ONE_REP_MAX_FORMULAS: Readonly<Record<OneRepMaxFormulaId, OneRepMaxEquation>> = {
  epley,
  brzycki,
  lombardi,
  mayhew,
  oconner,
  wathan,
};

export const ONE_REP_MAX_FORMULA_IDS = Object.keys(ONE_REP_MAX_FORMULAS) as OneRepMaxFormulaId[];
