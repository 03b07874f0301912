import { formatTick, niceTicks, PALETTE, type Svg, text } from './svg-plot.js';

export interface BarPanel {
  title: string;
  /** Axis label of the bar length, with its unit. */
  valueLabel: string;
  bars: { label: string; value: number }[];
}

const LABEL_WIDTH = 190;
const BAR_HEIGHT = 20;

function renderBarPanel(p: BarPanel, ox: number, oy: number, width: number, colour: string): { svg: string; height: number } {
  const ticks = niceTicks(0, Math.max(...p.bars.map((b) => b.value), 1e-9), 4);
  const max = ticks.at(-1) ?? 1;
  const left = ox + LABEL_WIDTH;
  const right = ox + width - 56;
  const top = oy + 34;
  const sx = (v: number) => left + (v / (max || 1)) * (right - left);
  const bottom = top + p.bars.length * BAR_HEIGHT;
  const out: string[] = [text(ox + width / 2, oy + 20, p.title, { 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 'bold' })];
  for (const t of ticks) {
    out.push(`<line x1="${sx(t).toFixed(1)}" x2="${sx(t).toFixed(1)}" y1="${top}" y2="${bottom}" stroke="#e5e5e5"/>`);
    out.push(text(sx(t), bottom + 16, formatTick(t), { 'text-anchor': 'middle', 'font-size': 11 }));
  }
  p.bars.forEach((b, i) => {
    const y = top + i * BAR_HEIGHT;
    const w = Math.max(0, sx(b.value) - left);
    out.push(`<rect x="${left}" y="${y + 3}" width="${w.toFixed(1)}" height="${BAR_HEIGHT - 6}" fill="${colour}"/>`);
    out.push(text(left - 6, y + BAR_HEIGHT / 2 + 4, b.label, { 'text-anchor': 'end', 'font-size': 11 }));
    out.push(text(left + w + 4, y + BAR_HEIGHT / 2 + 4, formatTick(b.value), { 'font-size': 10, fill: '#444' }));
  });
  out.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${bottom}" stroke="#888"/>`);
  out.push(text((left + right) / 2, bottom + 34, p.valueLabel, { 'text-anchor': 'middle', 'font-size': 12 }));
  return { svg: out.join('\n'), height: bottom - oy + 48 };
}

/** Horizontal bar charts stacked vertically (e.g. a SHAP ranking per target), largest bar first. */
export function renderBars(title: string, panels: BarPanel[], width = 720): Svg {
  const parts: string[] = [];
  let y = 40;
  panels.forEach((p, i) => {
    const r = renderBarPanel(p, 0, y, width, PALETTE[i % PALETTE.length] ?? '#0072B2');
    parts.push(r.svg);
    y += r.height + 10;
  });
  const height = y;
  return {
    width,
    height,
    svg: [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
      `<rect width="${width}" height="${height}" fill="#fff"/>`,
      text(width / 2, 24, title, { 'text-anchor': 'middle', 'font-size': 17, 'font-weight': 'bold' }),
      ...parts,
      '</svg>',
    ].join('\n'),
  };
}
