/**
 * Every choice the literature leaves open, made once (docs/science.md §Monotony and strain, §ACWR,
 * §Banister model, §e1RM, §Hard sets).
 * Functions read these values; tests in `science-choices.test.ts` pin them, so changing one is a
 * visible, reviewed decision rather than a silent drift between callers.
 */
export const SCIENCE_CHOICES = {
  /**
   * Monotony SD: population SD (divide by n = 7). docs/science.md §Monotony and strain: no source says which; the
   * sample SD would make monotony about 8 % smaller. We never mix the two.
   */
  monotonySd: 'population',
  /** A day with no session counts as load 0 (docs/science.md §Monotony and strain: dropping rest days inflates monotony). */
  restDayLoad: 0,
  /** SD = 0 (identical load every day, including 7 rest days): monotony is undefined, so null, never a cap. */
  monotonyWhenSdZero: null,
  /**
   * Strain = this week's summed load × monotony (Clemente 2020 wording, docs/science.md
   * §Monotony and strain), not Foster's 6-week mean.
   */
  strainLoad: 'weekly-sum',
  /** Rolling ACWR default: uncoupled (acute t-6..t over chronic t-27..t-7), the fix Lolli et al. 2019 propose for coupling. */
  rollingAcwrMode: 'uncoupled',
  /** Ratios (rolling and EWMA) are null until this many days of data exist (docs/science.md §ACWR, start-up). */
  acwrWarmupDays: 28,
  /** EWMA: both averages start at the first day's load (docs/science.md §ACWR, start-up). */
  ewmaSeed: 'first-day',
  /** Banister: the textbook sum over s < t, so today's dose does not change today's performance (docs/science.md §Banister model). */
  banisterIncludesToday: false,
  /** e1RM: estimate only from sets of 1..12 reps (docs/science.md §e1RM: refuse above about 12–15). */
  maxRepsForEstimate: 12,
  /** e1RM: a single (1 rep, no RIR) is the 1RM for every formula, as implementations do for Epley (docs/science.md §e1RM). */
  singleIsOneRepMax: true,
  /** RTS table: the last of the 31 values is 57.2 (docs/science.md §RTS table: sources give "57.2 (or 57.4)"). */
  rpeTableLastValue: 57.2,
  /**
   * Hard set: not a warm-up, ≥ 1 rep, and RIR ≤ 4 when RIR or RPE is logged; unlogged effort counts
   * (docs/science.md §Hard sets).
   */
  hardSetMaxRir: 4,
  /** Weekly sets: a primary target counts 1, a secondary 0.5 (Pelland et al. 2024, docs/science.md §Hard sets). */
  primarySetWeight: 1,
  secondarySetWeight: 0.5,
  /**
   * Proxy session duration when the log has none: minutes per working set (≈ 40 s work + 2–3 min rest,
   * docs/science.md §Rest intervals).
   */
  proxyMinutesPerSet: 3,
  /**
   * Proxy sRPE when neither the session nor any set carries effort (e.g. bodyweight-only sessions):
   * 5 ("hard" on CR-10), a neutral assumption so the day is not read as rest.
   */
  proxyFallbackSessionRpe: 5,
} as const;

export type ScienceChoices = typeof SCIENCE_CHOICES;
