/** Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
export const FONT = 'DejaVu Sans, Arial, sans-serif';

export type Point = readonly [number, number];

export interface Series {
  label: string;
  points: readonly Point[];
  style?: 'line' | 'points' | 'line+points';
  dashed?: boolean;
}

export interface PanelSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  /** Draws y = x (predicted vs actual). */
  identityLine?: boolean;
  /** Tick positions on x (e.g. the depths studied); default: nice ticks. */
  xTicks?: readonly number[];
  /** A line of text under the panel title (e.g. "n = 123"). */
  note?: string;
  /** Fixed axis ranges (e.g. shared by the panels of one figure); default: the data's. */
  domain?: { x: Point; y: Point };
  /** Logarithmic y axis (positive values only; ticks at 1, 2, 5 × 10^k). */
  logY?: boolean;
}

export interface FigureSpec {
  title: string;
  panels: PanelSpec[];
  columns?: number;
  panelWidth?: number;
  panelHeight?: number;
}

export interface Svg {
  svg: string;
  width: number;
  height: number;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Round tick values (1, 2, 5 × 10^k) covering [lo, hi], about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (hi - lo < 1e-12) return niceTicks(lo - (Math.abs(lo) || 1) * 0.5, hi + (Math.abs(hi) || 1) * 0.5, count);
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const ticks: number[] = [];
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  for (let k = first; k <= last; k++) ticks.push(k === 0 ? 0 : Number((k * step).toPrecision(12)));
  return ticks;
}

export function formatTick(v: number): string {
  const a = Math.abs(v);
  if (a >= 10000) return `${(v / 1000).toFixed(0)}k`;
  if (a >= 100 || Number.isInteger(v)) return v.toFixed(0);
  if (a >= 1) return v.toFixed(1).replace(/\.0$/, '');
  return Number(v.toPrecision(2)).toString();
}

export function text(x: number, y: number, content: string, attrs: Record<string, string | number> = {}): string {
  const a = Object.entries({ 'font-family': FONT, 'font-size': 12, fill: '#222', ...attrs })
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${a}>${escapeXml(content)}</text>`;
}

/** A colour per series label, in order of first appearance across the figure. */
export function colourMap(labels: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const l of labels) if (!map.has(l)) map.set(l, PALETTE[map.size % PALETTE.length] ?? '#000');
  return map;
}

const MARGIN = { left: 64, right: 16, top: 44, bottom: 48 };

/** Ticks of a log10 axis, as exponents: 1, 2, 5 × 10^k inside [lo, hi] (exponents). */
function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  const mult = hi - lo > 3 ? [1] : [1, 2, 5];
  for (let k = Math.floor(lo); k <= Math.ceil(hi) + 1; k++) for (const m of mult) out.push(k + Math.log10(m));
  // Extend to the nearest tick on each side so the axis ends on labelled values.
  const from = Math.max(...out.filter((e) => e <= lo + 1e-9));
  const to = Math.min(...out.filter((e) => e >= hi - 1e-9));
  return out.filter((e) => e >= from - 1e-9 && e <= to + 1e-9);
}

export function dataRange(points: readonly Point[]): { x: Point; y: Point } {
  const ok = points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (ok.length === 0) return { x: [0, 1], y: [0, 1] };
  return {
    x: [Math.min(...ok.map((q) => q[0])), Math.max(...ok.map((q) => q[0]))],
    y: [Math.min(...ok.map((q) => q[1])), Math.max(...ok.map((q) => q[1]))],
  };
}

function renderPanel(p: PanelSpec, ox: number, oy: number, w: number, h: number, colours: Map<string, string>): string {
  const ty = (y: number): number => (p.logY ? (y > 0 ? Math.log10(y) : Number.NaN) : y);
  const pts = p.series.flatMap((s) => s.points).map(([x, y]): Point => [x, ty(y)]);
  const range = p.domain ? { x: p.domain.x, y: [ty(p.domain.y[0]), ty(p.domain.y[1])] as const } : dataRange(pts);
  let [x0, x1] = range.x;
  let [y0, y1] = range.y;
  if (p.identityLine) [x0, x1, y0, y1] = [Math.min(x0, y0), Math.max(x1, y1), Math.min(x0, y0), Math.max(x1, y1)];
  const xt = p.xTicks ? [...p.xTicks] : niceTicks(x0, x1);
  const yt = p.logY ? logTicks(y0, y1) : niceTicks(y0, y1);
  const [xa, xb] = [Math.min(xt[0] ?? x0, x0), Math.max(xt.at(-1) ?? x1, x1)];
  const [ya, yb] = [Math.min(yt[0] ?? y0, y0), Math.max(yt.at(-1) ?? y1, y1)];
  const pl = ox + MARGIN.left;
  const pr = ox + w - MARGIN.right;
  const pt = oy + MARGIN.top;
  const pb = oy + h - MARGIN.bottom;
  const sx = (x: number) => pl + ((x - xa) / (xb - xa || 1)) * (pr - pl);
  const sy = (y: number) => pb - ((y - ya) / (yb - ya || 1)) * (pb - pt);
  const out: string[] = [];
  out.push(`<rect x="${pl}" y="${pt}" width="${pr - pl}" height="${pb - pt}" fill="#fff" stroke="#888"/>`);
  for (const v of yt) {
    out.push(`<line x1="${pl}" x2="${pr}" y1="${sy(v).toFixed(1)}" y2="${sy(v).toFixed(1)}" stroke="#e5e5e5"/>`);
    out.push(text(pl - 6, sy(v) + 4, formatTick(p.logY ? Number((10 ** v).toPrecision(6)) : v), { 'text-anchor': 'end', 'font-size': 11 }));
  }
  for (const v of xt) {
    out.push(`<line x1="${sx(v).toFixed(1)}" x2="${sx(v).toFixed(1)}" y1="${pt}" y2="${pb}" stroke="#f0f0f0"/>`);
    out.push(text(sx(v), pb + 16, formatTick(v), { 'text-anchor': 'middle', 'font-size': 11 }));
  }
  if (p.identityLine) {
    out.push(`<line x1="${sx(xa)}" y1="${sy(xa)}" x2="${sx(xb)}" y2="${sy(xb)}" stroke="#999" stroke-dasharray="5,4"/>`);
  }
  for (const s of p.series) {
    const colour = colours.get(s.label) ?? '#000';
    const ok = s.points.map(([x, y]): Point => [x, ty(y)]).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
    const style = s.style ?? 'line';
    if (style !== 'points' && ok.length > 1) {
      const d = ok.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ');
      out.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6,4"' : ''}/>`);
    }
    if (style !== 'line') {
      const r = style === 'points' ? 2.6 : 3.5;
      const op = style === 'points' ? 0.55 : 1;
      for (const [x, y] of ok)
        out.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="${r}" fill="${colour}" fill-opacity="${op}"/>`);
    }
  }
  out.push(text(ox + w / 2, oy + 18, p.title, { 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 'bold' }));
  if (p.note) out.push(text(ox + w / 2, oy + 34, p.note, { 'text-anchor': 'middle', 'font-size': 11, fill: '#555' }));
  out.push(text((pl + pr) / 2, pb + 36, p.xLabel, { 'text-anchor': 'middle', 'font-size': 12 }));
  const cy = (pt + pb) / 2;
  out.push(text(ox + 16, cy, p.yLabel, { 'text-anchor': 'middle', 'font-size': 12, transform: `rotate(-90 ${ox + 16} ${cy})` }));
  return out.join('\n');
}

function legend(colours: Map<string, string>, width: number, y: number, styles: Map<string, Series>): { svg: string; height: number } {
  const items = [...colours.entries()];
  const out: string[] = [];
  let x = 20;
  let row = 0;
  for (const [label, colour] of items) {
    const itemWidth = 34 + label.length * 7.2 + 18;
    if (x + itemWidth > width - 10 && x > 20) {
      x = 20;
      row++;
    }
    const cy = y + row * 20;
    const s = styles.get(label);
    if (s?.style === 'points') out.push(`<circle cx="${x + 12}" cy="${cy}" r="4" fill="${colour}"/>`);
    else
      out.push(
        `<line x1="${x}" x2="${x + 24}" y1="${cy}" y2="${cy}" stroke="${colour}" stroke-width="3"${s?.dashed ? ' stroke-dasharray="6,4"' : ''}/>`,
      );
    out.push(text(x + 30, cy + 4, label));
    x += itemWidth;
  }
  return { svg: out.join('\n'), height: items.length > 0 ? (row + 1) * 20 + 6 : 0 };
}

/** A figure of panels on a grid, with a title and one legend shared by all panels (colour per label). */
export function renderFigure(spec: FigureSpec): Svg {
  const columns = Math.max(1, Math.min(spec.columns ?? spec.panels.length, spec.panels.length));
  const rows = Math.ceil(spec.panels.length / columns);
  const pw = spec.panelWidth ?? 420;
  const ph = spec.panelHeight ?? 320;
  const width = columns * pw;
  const labels = spec.panels.flatMap((p) => p.series.map((s) => s.label));
  const colours = colourMap(labels);
  const styles = new Map(spec.panels.flatMap((p) => p.series.map((s) => [s.label, s] as const)));
  const showLegend = colours.size > 1 || spec.panels.length === 1;
  const lg = showLegend ? legend(colours, width, 50, styles) : { svg: '', height: 0 };
  const top = 40 + lg.height;
  const height = top + rows * ph;
  const panels = spec.panels.map((p, i) => renderPanel(p, (i % columns) * pw, top + Math.floor(i / columns) * ph, pw, ph, colours));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    text(width / 2, 26, spec.title, { 'text-anchor': 'middle', 'font-size': 17, 'font-weight': 'bold' }),
    lg.svg,
    ...panels,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
