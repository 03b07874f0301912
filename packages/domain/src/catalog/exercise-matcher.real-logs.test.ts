import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIDENT_MATCH, createExerciseMatcher } from './exercise-matcher.js';
import { LIFTGRAPH_CATALOG } from './liftgraph-catalog.js';
import { REAL_LOGS, exerciseNameCounts, sharedDataDir } from './testing/real-data.js';

const LOG_DIR = `${sharedDataDir(import.meta.url)}/real-logs`;
const available = existsSync(LOG_DIR);
if (!available) console.warn(`\n!!! real logs not found at ${LOG_DIR}: exercise-matcher real-log tests are SKIPPED !!!\n`);

describe.skipIf(!available)('createExerciseMatcher on the real logs', () => {
  const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);

  it.each(REAL_LOGS.map((l) => [l.file, l] as const))('should map most sets of %s with confidence', (_file, log) => {
    const counts = exerciseNameCounts(readFileSync(`${LOG_DIR}/${log.file}`, 'utf8'), log.delimiter, log.column);
    let sets = 0;
    let mappedSets = 0;
    let mappedNames = 0;
    const lines: string[] = [];
    for (const [name, n] of counts) {
      const m = matcher.match(name);
      sets += n;
      const ok = m.exerciseId !== null && m.confidence >= CONFIDENT_MATCH;
      if (ok) {
        mappedSets += n;
        mappedNames++;
      }
      lines.push(`${ok ? 'OK ' : '-- '} ${String(n).padStart(5)} ${name} -> ${m.exerciseId} ${m.confidence} ${m.method}${ok ? '' : ' ' + JSON.stringify(m.candidates?.slice(0, 2))}`);
    }
    console.log(`${log.file}: names ${mappedNames}/${counts.size}, sets ${mappedSets}/${sets}\n${lines.join('\n')}`);
    expect(mappedSets / sets).toBeGreaterThan(0.9);
  });
});
