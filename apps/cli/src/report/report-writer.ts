import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { svgToPng } from './rasterize.js';
import type { Svg } from './svg-plot.js';

export const REPORT_FILE = 'report.md';

/** A GitHub-flavoured Markdown table; `null` / NaN cells print as an em dash. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null): string =>
    v === null || (typeof v === 'number' && Number.isNaN(v)) ? '—' : String(v).replace(/\|/g, '\\|');
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [header, align, ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
}

/**
 * Collects a Markdown report and its figures, then writes `report.md` and one PNG per figure into a
 * folder; the Markdown links each PNG by its relative file name, so the folder can be moved as a whole.
 */
export class ReportWriter {
  private readonly blocks: string[] = [];
  private readonly figures: { file: string; figure: Svg }[] = [];

  constructor(readonly title: string) {}

  heading(textContent: string, level: 2 | 3 = 2): this {
    this.blocks.push(`${'#'.repeat(level)} ${textContent}`);
    return this;
  }

  paragraph(textContent: string): this {
    this.blocks.push(textContent);
    return this;
  }

  table(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): this {
    this.blocks.push(markdownTable(header, rows));
    return this;
  }

  code(textContent: string): this {
    this.blocks.push(`\`\`\`\n${textContent}\n\`\`\``);
    return this;
  }

  /** Adds a figure; `name` becomes `<name>.png` (kebab-case, unique within the report). */
  figure(name: string, figure: Svg, caption: string): this {
    const file = `${name}.png`;
    if (this.figures.some((f) => f.file === file)) throw new Error(`the report already has a figure named ${file}`);
    this.figures.push({ file, figure });
    this.blocks.push(`![${caption}](${file})\n\n*${caption}*`);
    return this;
  }

  markdown(): string {
    return [`# ${this.title}`, ...this.blocks].join('\n\n') + '\n';
  }

  /** Writes report.md and the PNGs into `dir` (created if needed); returns the paths written. */
  async write(dir: string): Promise<{ markdown: string; images: string[] }> {
    await mkdir(dir, { recursive: true });
    const images: string[] = [];
    for (const { file, figure } of this.figures) {
      const path = join(dir, file);
      await writeFile(path, svgToPng(figure.svg));
      images.push(path);
    }
    const markdown = join(dir, REPORT_FILE);
    await writeFile(markdown, this.markdown());
    return { markdown, images };
  }
}
