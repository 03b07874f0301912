/**
 * How much each token counts when two exercise names are compared.
 *
 * - 2.0 — modifiers that turn one exercise into a different one (incline, romanian, seated, hammer ...):
 *   a name that lacks one of these must not look like a name that has it.
 * - 0.5 — muscle words, which loggers add or drop freely ("Bicep Curl" vs "Curl", "Lat Pulldown"),
 *   and cable attachments (rope, V-grip, straight bar).
 * - 0.3 — filler that rarely changes the movement ("bar", "weighted").
 * - 1.0 — everything else (the movement nouns: press, curl, row, squat ...).
 */
const DISCRIMINATORS: ReadonlySet<string> = new Set([
  'incline',
  'decline',
  'romanian',
  'sumo',
  'front',
  'close',
  'wide',
  'underhand',
  'reverse',
  'single',
  'seated',
  'standing',
  'lying',
  'hammer',
  'preacher',
  'overhead',
  'rear',
  'bulgarian',
  'split',
  'hack',
  'goblet',
  'stiff',
  'deficit',
  'pause',
  'paused',
  'box',
  'assisted',
  'neutral',
  'concentration',
  'spider',
  'drag',
  'zottman',
  'arnold',
  'upright',
  'pendlay',
  'landmine',
  'lateral',
  'face',
  'jm',
  'floor',
  'rack',
  'snatch',
  'clean',
  'jerk',
  'hang',
  'power',
  'sissy',
  'pistol',
  'zercher',
  'jump',
  'walking',
  'kickback',
  'pullover',
  'straight',
  'behind',
  'low',
  'high',
  'isolateral',
  'wrist',
  'calf',
  'leg',
  'hip',
  'knee',
  'donkey',
  'military',
  'push',
]);

const ATTACHMENTS: ReadonlySet<string> = new Set(['rope', 'vgrip', 'straightbar']);

const MUSCLE_WORDS: ReadonlySet<string> = new Set([
  'biceps',
  'triceps',
  'chest',
  'lat',
  'delt',
  'ab',
  'glute',
  'quad',
  'hamstring',
  'pec',
  'shoulder',
  'back',
  'trap',
]);

const FILLER: ReadonlySet<string> = new Set(['bar', 'weighted', 'alternate', 'movement', 'variation', 'dumbbell', 'exercise']);

/** Movement nouns: the word that says what the exercise *is* (a squat, a curl, a row ...). */
const HEAD_NOUNS: ReadonlySet<string> = new Set([
  'squat',
  'deadlift',
  'press',
  'curl',
  'row',
  'raise',
  'fly',
  'extension',
  'pulldown',
  'pushdown',
  'pullup',
  'chinup',
  'pushup',
  'situp',
  'stepup',
  'dip',
  'lunge',
  'crunch',
  'shrug',
  'thrust',
  'bridge',
  'swing',
  'clean',
  'snatch',
  'jerk',
  'carry',
  'plank',
  'twist',
  'kickback',
  'pullover',
  'skullcrusher',
  'pull',
  'pullthrough',
  'goodmorning',
  'backextension',
  'abduction',
  'adduction',
  'chop',
  'woodchop',
  'rollout',
  'hang',
  'jump',
  'walk',
  'thruster',
  'bend',
  'pecdeck',
]);

/**
 * 1 when the two names share a movement noun or either has none; `HEAD_MISMATCH_FACTOR` when
 * both name a movement and the movements differ ("Single Leg Bridge" is not a "Single Leg Squat").
 */
export function headAgreement(a: readonly string[], b: readonly string[]): number {
  const headsA = a.filter((t) => HEAD_NOUNS.has(t));
  const headsB = new Set(b.filter((t) => HEAD_NOUNS.has(t)));
  if (headsA.length === 0 || headsB.size === 0) return 1;
  return headsA.some((t) => headsB.has(t)) ? 1 : HEAD_MISMATCH_FACTOR;
}

/** Penalty factor for names whose movement nouns disagree. */
export const HEAD_MISMATCH_FACTOR = 0.6;

/** Weight of one normalised token in name similarity (see the module comment for the scale). */
export function tokenWeight(token: string): number {
  if (DISCRIMINATORS.has(token)) return 2;
  if (MUSCLE_WORDS.has(token) || ATTACHMENTS.has(token)) return 0.5;
  if (FILLER.has(token)) return 0.3;
  return 1;
}

/**
 * Weighted Dice coefficient of two token sets: 2·w(A∩B) / (w(A) + w(B)), in [0, 1].
 * 1 when the sets are equal; a token only one side has lowers it by its weight.
 */
export function weightedDice(a: readonly string[], b: readonly string[]): number {
  const setB = new Set(b);
  let shared = 0;
  let total = 0;
  for (const t of a) {
    const w = tokenWeight(t);
    total += w;
    if (setB.has(t)) shared += w;
  }
  for (const t of b) total += tokenWeight(t);
  return total === 0 ? 0 : (2 * shared) / total;
}
