// Citations of the sports science point into the repository: every `docs/science.md §<heading>` names a
// heading that docs/science.md has, and no file cites the research fact sheet the project started from
// (a file users of the repository do not have).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '@liftgraph/tools-neo4j';
import { describe, expect, it } from 'vitest';

const SCIENCE_DOC = 'docs/science.md';
const SELF = relative(REPO_ROOT, fileURLToPath(import.meta.url))
  .split(sep)
  .join('/');
const TEXT_FILE = /\.(?:[cm]?[jt]sx?|md|json|ya?ml|graphql)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', '.next', '.git', '.neo4j', '.neo4j-test', '.tools', '.turbo', 'test-results']);
// Assembled rather than written out, so this file does not contain what it forbids.
const SHEET = 'SCIENCE';
const FACT_SHEET_CITATION = new RegExp(`\\b${SHEET}(?:\\.md\\b| §)`);

/** Tracked and untracked-but-not-ignored files (git), or a directory walk where there is no git checkout. */
function repositoryFiles(): string[] {
  let paths: string[];
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    paths = out.split('\0').filter((p) => p !== '');
  } catch {
    paths = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        if (SKIP_DIRS.has(name)) continue;
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else paths.push(relative(REPO_ROOT, full).split(sep).join('/'));
      }
    };
    walk(REPO_ROOT);
  }
  return paths.filter(
    (p) => TEXT_FILE.test(p) && p !== SELF && !p.split('/').some((part) => SKIP_DIRS.has(part)) && existsSync(join(REPO_ROOT, p)),
  );
}

/** Every heading of a Markdown document (docs/science.md, docs/programming.md, …), as written after the #s. */
function scienceHeadings(markdown: string): string[] {
  return markdown.split('\n').flatMap((line) => {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    // A rule's heading names its id after it (`## Main lifts (\`standard-main-lift\`)`): cited as §Main lifts.
    return m?.[1] ? [m[1].replace(/\s*\(`[^`]+`\)$/, '')] : [];
  });
}

/**
 * The `§` references of a text, each resolved to the longest heading it starts with (followed by a
 * non-letter, so `§ACWR zones` is not read as `§ACWR` + text) of the document it cites: the
 * `docs/<name>.md` named right before it (docs/programming.md §Main lifts), else docs/science.md; null
 * when no heading of that document fits.
 */
function sectionReferences(
  text: string,
  headingsOf: (doc: string) => readonly string[],
): { line: number; doc: string; cited: string; heading: string | null }[] {
  const refs: { line: number; doc: string; cited: string; heading: string | null }[] = [];
  for (let i = text.indexOf('§'); i !== -1; i = text.indexOf('§', i + 1)) {
    // The document named right before the § (only spaces and comment stars between), else docs/science.md.
    const before = /(docs\/[\w-]+\.md)[\s*]*$/.exec(text.slice(Math.max(0, i - 80), i))?.[1] ?? SCIENCE_DOC;
    const byLength = [...headingsOf(before)].sort((a, b) => b.length - a.length);
    const rest = text.slice(i + 1);
    const heading = byLength.find((h) => rest.startsWith(h) && !/^[\p{L}\p{N}]/u.test(rest.slice(h.length))) ?? null;
    const line = text.slice(0, i).split('\n').length;
    refs.push({ line, doc: before, cited: heading ?? rest.slice(0, 40).split('\n')[0] ?? '', heading });
  }
  return refs;
}

describe('sports-science citations', () => {
  const doc = readFileSync(join(REPO_ROOT, SCIENCE_DOC), 'utf8');
  const headings = scienceHeadings(doc);
  const files = repositoryFiles();
  const docHeadings = new Map<string, string[]>();
  const headingsOf = (name: string): string[] => {
    if (!docHeadings.has(name))
      docHeadings.set(name, existsSync(join(REPO_ROOT, name)) ? scienceHeadings(readFileSync(join(REPO_ROOT, name), 'utf8')) : []);
    return docHeadings.get(name) ?? [];
  };

  it('docs/science.md has unique headings', () => {
    expect(headings.length).toBeGreaterThan(20);
    expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
  });

  it('resolves the longest heading and rejects unknown ones', () => {
    const science = (): string[] => ['ACWR', 'ACWR zones'];
    const refs = sectionReferences('see docs/science.md §ACWR zones, §ACWR and §5.2', science);
    expect(refs.map((r) => r.heading)).toEqual(['ACWR zones', 'ACWR', null]);
    expect(sectionReferences('§ACWRx', science)[0]?.heading).toBeNull();
    const two = (d: string): string[] => (d === 'docs/programming.md' ? ['Main lifts'] : ['ACWR']);
    const mixed = sectionReferences('docs/science.md §ACWR; docs/programming.md §Main lifts and §ACWR, docs/programming.md §ACWR', two);
    expect(mixed.map((r) => [r.doc, r.heading])).toEqual([
      ['docs/science.md', 'ACWR'],
      ['docs/programming.md', 'Main lifts'],
      ['docs/science.md', 'ACWR'],
      ['docs/programming.md', null],
    ]);
  });

  it('every docs/….md §… citation names an existing heading of the document it cites', () => {
    let citations = 0;
    const unknown: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(REPO_ROOT, file), 'utf8');
      if (!text.includes(SCIENCE_DOC) && !/docs\/[\w-]+\.md §/.test(text)) continue;
      for (const ref of sectionReferences(text, headingsOf)) {
        citations += 1;
        if (ref.heading === null) unknown.push(`${file}:${ref.line}: ${ref.doc} §${ref.cited}`);
      }
    }
    expect(unknown).toEqual([]);
    // The scan really read the tree (a broken file listing must not pass as "no bad citations").
    expect(citations).toBeGreaterThan(100);
  });

  it('no file cites the fact sheet outside the repository', () => {
    const offenders = files.flatMap((file) => {
      if (file === SCIENCE_DOC) return [];
      return readFileSync(join(REPO_ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (FACT_SHEET_CITATION.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(offenders).toEqual([]);
  });
});
