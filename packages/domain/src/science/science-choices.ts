/**
 * Every choice the literature leaves open, made once (SCIENCE.md §1.2, §2.1, §3.1, §4, §5.1).
 * Functions read these values; tests in `science-choices.test.ts` pin them, so changing one is a
 * visible, reviewed decision rather than a silent drift between callers.
 */
export const SCIENCE_CHOICES = {
  /**
   * Monotony SD: population SD (divide by n = 7). SCIENCE.md §1.2.3: no source says which; the
   * sample SD would make monotony about 8 % smaller. We never mix the two.
   */
  monotonySd: 'population',
  /** A day with no session counts as load 0 (SCIENCE.md §1.2.2: dropping rest days inflates monotony). */
  restDayLoad: 0,
  /** SD = 0 (identical load every day, including 7 rest days): monotony is undefined, so null, never a cap. */
  monotonyWhenSdZero: null,
  /** Strain = this week's summed load × monotony (Clemente 2020 wording, SCIENCE.md §1.2.1), not Foster's 6-week mean. */
  strainLoad: 'weekly-sum',
  /** Rolling ACWR default: uncoupled (acute t-6..t over chronic t-27..t-7), the fix Lolli et al. 2019 propose for coupling. */
  rollingAcwrMode: 'uncoupled',
  /** Ratios (rolling and EWMA) are null until this many days of data exist (SCIENCE.md §2.1 warm-up). */
  acwrWarmupDays: 28,
  /** EWMA: both averages start at the first day's load (SCIENCE.md §2.1 seeding). */
  ewmaSeed: 'first-day',
  /** Banister: the textbook sum over s < t, so today's dose does not change today's performance (SCIENCE.md §3.1). */
  banisterIncludesToday: false,
  /** e1RM: estimate only from sets of 1..12 reps (SCIENCE.md §4.1 "refuse above about 12–15"). */
  maxRepsForEstimate: 12,
  /** e1RM: a single (1 rep, no RIR) is the 1RM for every formula, as implementations do for Epley (SCIENCE.md §4.1). */
  singleIsOneRepMax: true,
  /** RTS table: the last of the 31 values is 57.2 (SCIENCE.md §4.3 lists "57.2 (or 57.4)"). */
  rpeTableLastValue: 57.2,
  /** Hard set: not a warm-up, ≥ 1 rep, and RIR ≤ 4 when RIR or RPE is logged; unlogged effort counts (SCIENCE.md §5.1). */
  hardSetMaxRir: 4,
  /** Weekly sets: a primary target counts 1, a secondary 0.5 (Pelland et al. 2024, SCIENCE.md §5.2). */
  primarySetWeight: 1,
  secondarySetWeight: 0.5,
  /** Proxy session duration when the log has none: minutes per working set (≈ 40 s work + 2–3 min rest, SCIENCE.md §6.2). */
  proxyMinutesPerSet: 3,
  /**
   * Proxy sRPE when neither the session nor any set carries effort (e.g. bodyweight-only sessions):
   * 5 ("hard" on CR-10), a neutral assumption so the day is not read as rest.
   */
  proxyFallbackSessionRpe: 5,
} as const;

export type ScienceChoices = typeof SCIENCE_CHOICES;
