'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface LossCurve {
  split: string;
  points: ReadonlyArray<{ epoch: number; loss: number }>;
}

/** Three significant digits (losses run from ~1 down to ~0.001). */
const formatLoss = (v: number | null): string => (v === null || !Number.isFinite(v) ? '—' : String(Number(v.toPrecision(3))));

const COLOURS: Record<string, string> = { train: '#2f5bea', validation: '#c77700' };

/** The loss of every epoch a training run recorded, with labelled axes and the numbers in a table underneath. */
export function LossChart({ modelLabel, curves }: { modelLabel: string; curves: readonly LossCurve[] }) {
  const epochs = [...new Set(curves.flatMap((c) => c.points.map((p) => p.epoch)))].sort((a, b) => a - b);
  const data = epochs.map((epoch) => ({
    epoch,
    ...Object.fromEntries(curves.map((c) => [c.split, c.points.find((p) => p.epoch === epoch)?.loss ?? null])),
  }));
  return (
    <figure aria-label={`Loss per epoch of ${modelLabel}`} className="loss-figure">
      <div className="loss-chart">
        <ResponsiveContainer>
          <LineChart data={data} margin={{ top: 4, right: 8, bottom: 18, left: 4 }}>
            <CartesianGrid stroke="#eef0f3" />
            <XAxis
              dataKey="epoch"
              type="number"
              domain={['dataMin', 'dataMax']}
              allowDecimals={false}
              tick={{ fontSize: 11 }}
              label={{ value: 'epoch', position: 'insideBottom', offset: -10, fontSize: 11 }}
            />
            <YAxis
              scale="log"
              domain={['auto', 'auto']}
              tick={{ fontSize: 11 }}
              tickFormatter={(v: number) => formatLoss(v)}
              width={52}
              label={{ value: 'loss (MSE, log)', angle: -90, position: 'insideLeft', offset: 8, fontSize: 11, style: { textAnchor: 'middle' } }}
            />
            <Tooltip formatter={(v) => formatLoss(Number(v))} labelFormatter={(e) => `epoch ${String(e)}`} />
            <Legend wrapperStyle={{ fontSize: 11 }} verticalAlign="top" height={22} />
            {curves.map((c) => (
              <Line
                key={c.split}
                dataKey={c.split}
                name={`${c.split} loss`}
                stroke={COLOURS[c.split] ?? '#7a5af8'}
                dot={data.length <= 30}
                isAnimationActive={false}
                connectNulls
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted small">
        Mean squared error of the standardized targets, every epoch of the run that produced the saved weights.
      </figcaption>
      <details className="small">
        <summary>Loss per epoch</summary>
        <table aria-label={`Loss per epoch of ${modelLabel}`}>
          <thead>
            <tr>
              <th scope="col">Epoch</th>
              {curves.map((c) => (
                <th key={c.split} scope="col">
                  {c.split}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.epoch}>
                <td>{row.epoch}</td>
                {curves.map((c) => (
                  <td key={c.split}>{formatLoss((row as Record<string, number | null>)[c.split] ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
