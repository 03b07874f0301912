import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBars } from './bar-chart.js';
import { pngSize } from './rasterize.js';
import { markdownTable, ReportWriter } from './report-writer.js';
import { niceTicks, renderFigure } from './svg-plot.js';

const dir = mkdtempSync(join(tmpdir(), 'liftgraph-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lossFigure = renderFigure({
  title: 'Training loss',
  panels: [
    {
      title: 'loss',
      xLabel: 'epoch',
      yLabel: 'MSE',
      series: [
        {
          label: 'graphsage',
          points: [
            [1, 1],
            [2, 0.5],
            [3, 0.25],
          ],
        },
        {
          label: 'gcn',
          points: [
            [1, 1.2],
            [2, 0.9],
            [3, 0.8],
          ],
        },
      ],
    },
  ],
  panelWidth: 500,
  panelHeight: 300,
});
const barsFigure = renderBars('SHAP', [
  {
    title: 'weight',
    valueLabel: 'mean |SHAP| (kg)',
    bars: [
      { label: 'bestE1rmKg', value: 1.8 },
      { label: 'acwr', value: 0.9 },
    ],
  },
]);

describe('ReportWriter', () => {
  it('should write valid PNG files with the figure dimensions and a report.md linking them', async () => {
    const { markdown, images } = await new ReportWriter('Demo')
      .paragraph('hello')
      .figure('loss-curves', lossFigure, 'Loss')
      .figure('shap-bars', barsFigure, 'SHAP')
      .write(dir);
    expect(images.map((p) => p.slice(dir.length + 1))).toEqual(['loss-curves.png', 'shap-bars.png']);
    expect(pngSize(readFileSync(join(dir, 'loss-curves.png')))).toEqual({ width: lossFigure.width, height: lossFigure.height });
    expect(pngSize(readFileSync(join(dir, 'shap-bars.png')))).toEqual({ width: barsFigure.width, height: barsFigure.height });
    const md = readFileSync(markdown, 'utf8');
    expect(md).toMatch(/^# Demo\n/);
    expect(md).toContain('![Loss](loss-curves.png)');
    expect(md).toContain('![SHAP](shap-bars.png)');
  });

  it('should refuse two figures with the same name', () => {
    const r = new ReportWriter('x').figure('a', lossFigure, 'a');
    expect(() => r.figure('a', lossFigure, 'again')).toThrowError(/already has a figure named a\.png/);
  });
});

describe('pngSize', () => {
  it('should return null when the bytes are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<svg></svg> not a png at all'))).toBeNull();
  });
});

describe('markdownTable', () => {
  it('should right-align numbers, escape pipes and print missing values as a dash', () => {
    expect(
      markdownTable(
        ['model', 'MAE'],
        [
          ['a|b', 1.5],
          ['c', null],
        ],
      ),
    ).toBe('| model | MAE |\n| --- | ---: |\n| a\\|b | 1.5 |\n| c | — |');
  });
});

describe('niceTicks', () => {
  it.each([
    [0, 0.016, [0, 0.005, 0.01, 0.015, 0.02]],
    [0, 100, [0, 20, 40, 60, 80, 100]],
    [-3, 7, [-4, -2, 0, 2, 4, 6, 8]],
  ])('should cover [%d, %d] with round steps', (lo, hi, expected) => {
    expect(niceTicks(lo, hi)).toEqual(expected);
  });
});

describe('renderFigure', () => {
  it('should escape labels and emit one legend entry per series label', () => {
    const fig = renderFigure({
      title: 'a < b',
      panels: [
        {
          title: 't',
          xLabel: 'x',
          yLabel: 'y',
          series: [
            { label: 's&1', points: [[0, 0]] },
            { label: 's2', points: [[1, 1]] },
          ],
        },
      ],
    });
    expect(fig.svg).toContain('a &lt; b');
    expect(fig.svg.match(/>s&amp;1</g)).toHaveLength(1);
  });
});
