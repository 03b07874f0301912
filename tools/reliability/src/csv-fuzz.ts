import fc from 'fast-check';

/**
 * Generators of malformed and edge-case workout-log CSVs (issue 9 item 2): a plausible Strong, Hevy
 * or FitNotes table, then mutations (wrong delimiter, dropped or extra columns, broken quoting,
 * truncation, garbage), absurd values (negative, huge, non-numeric weights; future and impossible
 * dates; huge fields), and an encoding (UTF-8 with or without BOM, Latin-1, UTF-16 with or without
 * BOM) cut into arbitrary chunks.
 */
export type LogFlavour = 'strong-comma' | 'strong-semicolon' | 'hevy' | 'fitnotes';
export type Encoding = 'string' | 'utf8' | 'utf8-bom' | 'latin1' | 'utf16le-bom' | 'utf16be-bom' | 'utf16le';

export interface FuzzCase {
  flavour: LogFlavour;
  encoding: Encoding;
  mutations: string[];
  /** What importWorkoutLog receives: a string, bytes, or chunks of either. */
  input: string | Uint8Array | Array<string | Uint8Array>;
  /** The text before encoding (for messages and line counts). */
  text: string;
}

const HEADERS: Record<LogFlavour, string[]> = {
  'strong-comma': [
    'Date',
    'Workout Name',
    'Duration',
    'Exercise Name',
    'Set Order',
    'Weight',
    'Reps',
    'Distance',
    'Seconds',
    'Notes',
    'Workout Notes',
    'RPE',
  ],
  'strong-semicolon': [
    'Date',
    'Workout Name',
    'Exercise Name',
    'Set Order',
    'Weight',
    'Weight Unit',
    'Reps',
    'RPE',
    'Distance',
    'Distance Unit',
    'Seconds',
    'Notes',
    'Workout Notes',
  ],
  hevy: [
    'title',
    'start_time',
    'end_time',
    'description',
    'exercise_title',
    'superset_id',
    'exercise_notes',
    'set_index',
    'set_type',
    'weight_kg',
    'reps',
    'distance_km',
    'duration_seconds',
    'rpe',
  ],
  fitnotes: ['Date', 'Exercise', 'Category', 'Weight (lbs)', 'Reps', 'Distance', 'Distance Unit', 'Time'],
};

const DELIMITER: Record<LogFlavour, string> = { 'strong-comma': ',', 'strong-semicolon': ';', hevy: ',', fitnotes: ',' };

// Values: mostly plausible, often absurd.
const goodWeight = fc.oneof(
  fc.integer({ min: 0, max: 300 }).map(String),
  fc.double({ min: 0, max: 400, noNaN: true }).map((w) => w.toFixed(2)),
);
const badWeight = fc.constantFrom(
  '-20',
  '-0',
  '1e308',
  '99999',
  '1001',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x1F',
  '1,5',
  '1.000,5',
  '80kg',
  ' 80 ',
  '.5',
  '5.',
  '+7',
  '1e-400',
  '١٠٠',
  '',
);
const weight = fc.oneof({ weight: 3, arbitrary: goodWeight }, { weight: 2, arbitrary: badWeight });
const reps = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 30 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('5.5', '-1', '', '1e3', '99999999999999999999', 'five', '8.0', '0', '3 ') },
);
const rpe = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('', '7', '8.5', '10') },
  { weight: 1, arbitrary: fc.constantFrom('11', '-1', 'hard', '1e2', 'NaN') },
);
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 19).replace('T', ' '));
const badDate = fc.constantFrom(
  '2999-01-01 10:00:00',
  '2021-02-30 10:00:00',
  '2024-13-01',
  'yesterday',
  '',
  '31/12/2024',
  '0000-00-00 00:00:00',
  '2024-01-01 25:61:00',
  '1 Smarch 2024',
  '２０２４-０１-０１',
);
const date = fc.oneof({ weight: 4, arbitrary: isoDate }, { weight: 1, arbitrary: badDate });
const hevyDate = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
      .map(
        (d) =>
          `${d.getUTCDate()} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]} ${d.getUTCFullYear()}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`,
      ),
  },
  { weight: 1, arbitrary: badDate },
);
const exerciseName = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Bench Press (Barbell)',
      'Squat (Barbell)',
      'Deadlift (Barbell)',
      'Pull Up',
      'Barbell Squat',
      'Flat Barbell Bench Press',
      'Curl',
    ),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Ãœbung ÄÖÜ ß',
      'Жим лёжа',
      '卧推',
      'a,b;c\td',
      'quote " inside',
      'line\nbreak',
      '\u0000nul',
      '=cmd|" /C calc"!A0',
    ),
  },
);
const text = fc.string({ maxLength: 30 });

function rowFor(flavour: LogFlavour): fc.Arbitrary<string[]> {
  switch (flavour) {
    case 'strong-comma':
      return fc.tuple(
        date,
        text,
        fc.constantFrom('1h 9m', '45m', '', 'forever'),
        exerciseName,
        fc.constantFrom('1', '2', '3', 'W', 'D', 'F', 'Rest Timer', 'x'),
        weight,
        reps,
        fc.constantFrom('0', '', '-1'),
        fc.constantFrom('0', '60', ''),
        text,
        text,
        rpe,
      );
    case 'strong-semicolon':
      return fc.tuple(
        date,
        text,
        exerciseName,
        fc.constantFrom('1', '2', 'W', 'Rest Timer'),
        weight,
        fc.constantFrom('kg', 'lbs', '', 'stone'),
        reps,
        rpe,
        fc.constantFrom('', '0', '5'),
        fc.constantFrom('', 'km', 'furlong'),
        fc.constantFrom('0', '90', ''),
        text,
        text,
      );
    case 'hevy':
      return fc.tuple(
        text,
        hevyDate,
        hevyDate,
        text,
        exerciseName,
        fc.constantFrom('', '1', 'x'),
        text,
        fc.constantFrom('0', '1', '2', '-1', 'a'),
        fc.constantFrom('normal', 'warmup', 'dropset', 'failure', 'weird'),
        weight,
        reps,
        fc.constantFrom('', '1.5'),
        fc.constantFrom('', '60', '-5'),
        rpe,
      );
    case 'fitnotes':
      return fc.tuple(
        date.map((d) => d.slice(0, 10)),
        exerciseName,
        fc.constantFrom('Legs', 'Chest', ''),
        weight,
        reps,
        fc.constantFrom('', '5'),
        fc.constantFrom('', 'km', 'parsec'),
        fc.constantFrom('', '0:01:00', 'soon'),
      );
  }
}

interface Table {
  header: string[];
  rows: string[][];
  delimiter: string;
  mutations: string[];
}

type Mutation = (t: Table) => Table;

/** Structural mutations applied to a table before serialisation (one makes a field huge: 50k–1M characters). */
const mutation: fc.Arbitrary<[string, Mutation]> = fc.oneof(
  fc.nat().map((i): [string, Mutation] => [
    'drop-column',
    (t) => {
      const c = i % t.header.length;
      return { ...t, header: t.header.filter((_, k) => k !== c), rows: t.rows.map((r) => r.filter((_, k) => k !== c)) };
    },
  ]),
  fc
    .nat()
    .map((i): [string, Mutation] => [
      'drop-header-column-only',
      (t) => ({ ...t, header: t.header.filter((_, k) => k !== i % t.header.length) }),
    ]),
  fc.nat().map((i): [string, Mutation] => [
    'missing-fields',
    (t) => ({
      ...t,
      rows: t.rows.map((r, k) => (k === i % Math.max(1, t.rows.length) ? r.slice(0, Math.max(0, r.length - 1 - (i % 4))) : r)),
    }),
  ]),
  fc.string({ maxLength: 8 }).map((x): [string, Mutation] => ['extra-field', (t) => ({ ...t, rows: t.rows.map((r) => [...r, x]) })]),
  fc.constantFrom(',', ';', '\t', '|').map((d): [string, Mutation] => [`delimiter:${JSON.stringify(d)}`, (t) => ({ ...t, delimiter: d })]),
  fc.constant<[string, Mutation]>([
    'shuffle-columns',
    (t) => {
      const order = t.header.map((_, k) => k).reverse();
      return { ...t, header: order.map((k) => t.header[k] ?? ''), rows: t.rows.map((r) => order.map((k) => r[k] ?? '')) };
    },
  ]),
  fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 50_000, max: 1_000_000 })).map(([r, c, n]): [string, Mutation] => [
    `huge-field:${n}`,
    (t) => ({
      ...t,
      rows: t.rows.map((row, k) =>
        k === r % Math.max(1, t.rows.length) ? row.map((f, j) => (j === c % Math.max(1, row.length) ? 'x'.repeat(n) : f)) : row,
      ),
    }),
  ]),
  fc.constant<[string, Mutation]>(['header-only', (t) => ({ ...t, rows: [] })]),
  fc.constant<[string, Mutation]>(['no-header', (t) => ({ ...t, header: t.rows[0] ?? [], rows: t.rows.slice(1) })]),
  fc.constant<[string, Mutation]>(['duplicate-header', (t) => ({ ...t, rows: [t.header, ...t.rows] })]),
  fc.constant<[string, Mutation]>(['upper-case-header', (t) => ({ ...t, header: t.header.map((h) => h.toUpperCase()) })]),
  fc.string({ maxLength: 12 }).map((h): [string, Mutation] => ['renamed-column', (t) => ({ ...t, header: [h, ...t.header.slice(1)] })]),
);

/** Text-level damage applied after serialisation. */
const textDamage = fc.oneof(
  fc.constant((s: string) => s),
  fc.double({ min: 0, max: 1, noNaN: true }).map((f) => (s: string) => s.slice(0, Math.floor(s.length * f))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ maxLength: 20, unit: 'binary' })).map(
    ([f, g]) =>
      (s: string) =>
        s.slice(0, Math.floor(s.length * f)) + g + s.slice(Math.floor(s.length * f)),
  ),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((f) => (s: string) => `${s.slice(0, Math.floor(s.length * f))}"${s.slice(Math.floor(s.length * f))}`),
  fc.constant((s: string) => s.replace(/\n/g, '\r')),
  fc.constant((s: string) => s.replace(/\n/g, '\r\n')),
  fc.constant((s: string) => `\n\n   \n${s}`),
  fc.constant(() => ''),
);

function quote(field: string, delimiter: string, policy: 'minimal' | 'all' | 'none'): string {
  if (policy === 'none') return field;
  if (policy === 'all' || field.includes(delimiter) || /["\r\n]/.test(field)) return `"${field.replace(/"/g, '""')}"`;
  return field;
}

function encode(textValue: string, encoding: Encoding): string | Uint8Array {
  switch (encoding) {
    case 'string':
      return textValue;
    case 'utf8':
      return new Uint8Array(Buffer.from(textValue, 'utf8'));
    case 'utf8-bom':
      return new Uint8Array(Buffer.from(`\uFEFF${textValue}`, 'utf8'));
    case 'latin1':
      return new Uint8Array(Buffer.from(textValue, 'latin1'));
    case 'utf16le':
      return new Uint8Array(Buffer.from(textValue, 'utf16le'));
    case 'utf16le-bom':
      return new Uint8Array(Buffer.from(`\uFEFF${textValue}`, 'utf16le'));
    case 'utf16be-bom':
      return new Uint8Array(Buffer.from(`\uFEFF${textValue}`, 'utf16le').swap16());
  }
}

function chunk(value: string | Uint8Array, cuts: number[]): Array<string | Uint8Array> {
  const points = [...new Set(cuts.map((c) => Math.floor(c * value.length)))].sort((a, b) => a - b);
  const out: Array<string | Uint8Array> = [];
  let from = 0;
  for (const p of [...points, value.length]) {
    out.push(value.slice(from, p));
    from = p;
  }
  return out;
}

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .constantFrom<LogFlavour>('strong-comma', 'strong-semicolon', 'hevy', 'fitnotes')
  .chain((flavour) =>
    fc.record({
      flavour: fc.constant(flavour),
      rows: fc.array(rowFor(flavour), { minLength: 0, maxLength: 12 }),
      mutations: fc.oneof(fc.constant([]), fc.array(mutation, { minLength: 1, maxLength: 3 })),
      policy: fc.constantFrom<'minimal' | 'all' | 'none'>('minimal', 'minimal', 'all', 'none'),
      damage: fc.oneof(
        { weight: 2, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(textDamage, { minLength: 1, maxLength: 2 }) },
      ),
      encoding: fc.constantFrom<Encoding>('string', 'utf8', 'utf8', 'utf8-bom', 'latin1', 'utf16le-bom', 'utf16be-bom', 'utf16le'),
      chunked: fc.option(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 })),
    }),
  )
  .map(({ flavour, rows, mutations, policy, damage, encoding, chunked }) => {
    let table: Table = { header: HEADERS[flavour], rows, delimiter: DELIMITER[flavour], mutations: [] };
    for (const [name, apply] of mutations) table = { ...apply(table), mutations: [...table.mutations, name] };
    const line = (fields: string[]): string => fields.map((f) => quote(f, table.delimiter, policy)).join(table.delimiter);
    let textValue = [line(table.header), ...table.rows.map(line)].join('\n') + '\n';
    for (const d of damage) textValue = d(textValue);
    const encoded = encode(textValue, encoding);
    return {
      flavour,
      encoding,
      mutations: [
        ...table.mutations,
        `quote:${policy}`,
        ...(damage.length > 0 ? [`text-damage x${damage.length}`] : []),
        ...(chunked ? [`chunks:${chunked.length + 1}`] : []),
      ],
      input: chunked === null ? encoded : chunk(encoded, chunked),
      text: textValue,
    };
  });
