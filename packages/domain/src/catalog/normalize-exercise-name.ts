import type { Equipment } from '../exercise/exercise.js';

/** Equipment as it is distinguished when matching names (finer than `Equipment`: Smith machine, trap bar). */
export type EquipmentToken =
  'barbell' | 'dumbbell' | 'cable' | 'machine' | 'smith' | 'kettlebell' | 'band' | 'ezbar' | 'trapbar' | 'bodyweight';

/** A name reduced to comparable parts: canonical movement tokens plus the equipment it names. */
export interface NormalizedName {
  /** Canonical, de-duplicated tokens without the equipment words, in first-seen order. */
  tokens: string[];
  /** Equipment named in the text (suffix "(Barbell)", prefix "DB ", "Smith Machine" ...), or null. */
  equipment: EquipmentToken | null;
  /** Order-independent key: sorted tokens, `|`, equipment. Equal keys mean "the same name". */
  key: string;
}

/** Whole-word replacements on the spaced, lower-case text, applied in order (multi-word first). */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(pull|chin|push|sit|step) up\b/g, '$1up'],
  [/\b(pull|push) down\b/g, '$1down'],
  [/\bpull (through|over)\b/g, 'pull$1'],
  [/\bskull crusher\b/g, 'skullcrusher'],
  [/\biso lateral\b/g, 'isolateral'],
  [/\bsmith machine\b/g, 'smith'],
  [/\b(e z|ez) (curl )?bar\b|\bcurl bar\b|\b(e z|ez)\b/g, 'ezbar'],
  [/\b(trap|hex) bar\b/g, 'trapbar'],
  [/\bt bar\b/g, 'tbar'],
  [/\bv (bar|grip|handle)\b/g, 'vgrip'],
  [/\bstraight bar\b/g, 'straightbar'],
  [/\bresistance band\b/g, 'band'],
  [/\bbody (weight|only)\b/g, 'bodyweight'],
  [/\b(plate loaded|hammer strength|lever|machine plate|selectorized|selector)\b/g, 'machine'],
  [/\bwood chop(per|ping)?\b/g, 'woodchop'],
  [/\bcaptains? chair\b/g, 'captainschair'],
  [/\bpec deck\b|\bbutterfly\b/g, 'pecdeck'],
  [/\brear delt(oid)?\b/g, 'rear'],
  [/\b(single|one|1) (arm|hand)(ed)?\b|\bunilateral\b/g, 'single'],
  // A curl across the chest is the cross-body curl.
  [/\bcross chest\b/g, 'cross body'],
  [/\b(single|one|1) leg(ged)?\b/g, 'single leg'],
  [/\b(close|narrow) grip\b|\bnarrow\b/g, 'close'],
  [/\bwide grip\b/g, 'wide'],
  [/\b(reverse|underhand|supinated) grip\b|\bsupinated\b/g, 'underhand'],
  [/\bneutral grip\b/g, 'neutral'],
  [/\b(medium|normal|regular|standard) grip\b/g, ' '],
  [/\bstiff leg(ged)?\b|\bstraight leg(ged)? deadlift\b/g, 'stiff deadlift'],
  [/\bstiff deadlift deadlift\b/g, 'stiff deadlift'],
  [/\brdl\b/g, 'romanian deadlift'],
  [/\bsldl\b/g, 'stiff deadlift'],
  [/\bohp\b/g, 'overhead press'],
  [/\b(hyper ?extension|back extension)\b/g, 'backextension'],
  [/\bgood morning\b/g, 'goodmorning'],
  [/\bfarmer (walk|carry)\b/g, 'farmer carry'],
  [/\bcross ?over\b/g, 'fly'],
  // A reverse fly is the rear-delt fly; a straight-arm pushdown is the straight-arm (lat) pulldown.
  [/\breverse (fly|flye|flie)\b/g, 'rear fly'],
  [/\bstraight arm( cable| rope)? (pushdown|pulldown)\b/g, 'straight arm$1 pulldown'],
  // Both hands on one implement is the ordinary (bilateral) form: the words add nothing.
  [/\b(two|both|2) hand(ed|s)?\b|\bdouble arm(ed)?\b/g, ' '],
  [/\bwith (added |extra )?weights?\b/g, 'weighted'],
  [/\b(low|high) to (high|low)\b/g, '$1to$2'],
];

/** Single-token synonyms after singularisation. */
const SYNONYMS: Readonly<Record<string, string>> = {
  db: 'dumbbell',
  dumbell: 'dumbbell',
  dumbel: 'dumbbell',
  barbel: 'barbell',
  kettlebel: 'kettlebell',
  bb: 'barbell',
  kb: 'kettlebell',
  pulley: 'cable',
  flye: 'fly',
  flie: 'fly',
  bicep: 'biceps',
  tricep: 'triceps',
  ext: 'extension',
  delt: 'delt',
  deltoid: 'delt',
  abdominal: 'ab',
  sitting: 'seated',
  prone: 'lying',
  abductor: 'abduction',
  adductor: 'adduction',
  woodchopper: 'woodchop',
  inclined: 'incline',
  declined: 'decline',
  pressdown: 'pushdown',
  oh: 'overhead',
  calve: 'calf',
  pullup: 'pullup',
  chinup: 'chinup',
  pushup: 'pushup',
  skullcrusher: 'skullcrusher',
  bodyweight: 'bodyweight',
  alternating: 'alternate',
};

const EQUIPMENT_WORDS: Readonly<Record<string, EquipmentToken>> = {
  barbell: 'barbell',
  dumbbell: 'dumbbell',
  cable: 'cable',
  machine: 'machine',
  smith: 'smith',
  kettlebell: 'kettlebell',
  band: 'band',
  ezbar: 'ezbar',
  trapbar: 'trapbar',
  bodyweight: 'bodyweight',
};

/** When a name mentions several equipment words, the most specific wins ("Cable Machine" is a cable). */
const EQUIPMENT_PRIORITY: readonly EquipmentToken[] = [
  'smith',
  'trapbar',
  'ezbar',
  'cable',
  'barbell',
  'dumbbell',
  'kettlebell',
  'band',
  'machine',
  'bodyweight',
];

/** Cable attachments: they stay movement tokens but imply cable equipment. */
const CABLE_ATTACHMENTS: ReadonlySet<string> = new Set(['rope', 'straightbar', 'vgrip']);

/**
 * Words that do not change which exercise it is: articles and fillers, and the tempo qualifiers
 * (eccentric, tempo, strict, negative) loggers add to an exercise the catalog names without them.
 * (`Pause` is not one: the catalog has paused variants of its own.)
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'with',
  'on',
  'of',
  'and',
  'to',
  'for',
  'in',
  'exercise',
  'grip',
  'x',
  'eccentric',
  'tempo',
  'strict',
  'negative',
]);

const KEEP_TRAILING_S: ReadonlySet<string> = new Set(['biceps', 'triceps', 'press', 'plus', 'cross', 'ts']);

/** English plural → singular for exercise vocabulary (curls, flies, crunches, calves). */
export function singularize(token: string): string {
  if (token.length < 3 || KEEP_TRAILING_S.has(token) || !token.endsWith('s') || /(ss|us)$/.test(token)) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  if (/(ch|sh|ss|x)es$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('ves')) return `${token.slice(0, -3)}f`;
  return token.slice(0, -1);
}

/**
 * Normalise an exercise name as loggers write it ("Incline Bench Press (Dumbbell)",
 * "Lat Pulldown - Wide Grip (Cable)", "DB Curls") into tokens + equipment + key.
 * Steps: strip accents and punctuation (so "(Barbell)" suffixes and " - Wide Grip" variants become
 * ordinary words), singularise, rewrite multi-word phrases and synonyms, pull out equipment words.
 */
export function normalizeExerciseName(name: string): NormalizedName {
  const ascii = name
    // A duration in the name (`Plank 1:00`) is the set's length, not a different exercise.
    .replace(/\b\d{1,2}:\d{2}(:\d{2})?\b/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const words = ascii
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  let text = ` ${words
    .filter((w) => w !== '')
    .map(singularize)
    .join(' ')} `;
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  const found = new Set<EquipmentToken>();
  const tokens: string[] = [];
  for (const raw of text.split(/\s+/)) {
    if (raw === '' || STOP_WORDS.has(raw)) continue;
    const token = SYNONYMS[raw] ?? raw;
    const equipment = EQUIPMENT_WORDS[token];
    if (equipment) {
      found.add(equipment);
      continue;
    }
    if (CABLE_ATTACHMENTS.has(token)) found.add('cable');
    if (!tokens.includes(token)) tokens.push(token);
  }
  // Pulling a cable down for the triceps is a pushdown, whichever verb the logger chose.
  const pulldown = tokens.indexOf('pulldown');
  if (pulldown >= 0 && tokens.includes('triceps') && !tokens.includes('pushdown')) tokens[pulldown] = 'pushdown';
  // Pushdowns and pulldowns are cable movements: a bar named with one is the cable's attachment.
  if (found.has('ezbar') && (tokens.includes('pushdown') || tokens.includes('pulldown'))) {
    found.delete('ezbar');
    found.add('cable');
  }
  const equipment = EQUIPMENT_PRIORITY.find((e) => found.has(e)) ?? null;
  // A band added to another implement is accommodating resistance: a different exercise, keep the word.
  if (found.has('band') && equipment !== 'band' && !tokens.includes('band')) tokens.push('band');
  return { tokens, equipment, key: nameKey(tokens, equipment) };
}

/** The order-independent lookup key of a token set and equipment. */
export function nameKey(tokens: readonly string[], equipment: EquipmentToken | null): string {
  return `${[...tokens].sort().join(' ')}|${equipment ?? ''}`;
}

const CATALOG_EQUIPMENT: Readonly<Record<Equipment, EquipmentToken | null>> = {
  barbell: 'barbell',
  dumbbell: 'dumbbell',
  cable: 'cable',
  machine: 'machine',
  'body only': 'bodyweight',
  kettlebells: 'kettlebell',
  bands: 'band',
  'e-z curl bar': 'ezbar',
  'medicine ball': null,
  'exercise ball': null,
  'foam roll': null,
  other: null,
};

/** The matching equipment of a catalog `Equipment` value (null for balls, rollers, "other"). */
export function equipmentTokenOf(equipment: Equipment | null): EquipmentToken | null {
  return equipment === null ? null : CATALOG_EQUIPMENT[equipment];
}
