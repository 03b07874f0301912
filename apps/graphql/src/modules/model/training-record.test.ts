import { describe, expect, it } from 'vitest';
import { globalShap, lossCurves } from './training-record.js';

describe('training record', () => {
  it('should read the stored loss history as one train curve numbered from epoch 1', () => {
    expect(lossCurves(JSON.stringify({ epochs: 3, lossHistory: [0.9, 0.5, 0.4] }))).toEqual([
      {
        split: 'train',
        points: [
          { epoch: 1, loss: 0.9 },
          { epoch: 2, loss: 0.5 },
          { epoch: 3, loss: 0.4 },
        ],
      },
    ]);
  });

  it('should answer no curve for versions recorded without one, or with unreadable metrics', () => {
    for (const stored of [
      null,
      '',
      '{oops',
      JSON.stringify({ epochs: 3 }),
      JSON.stringify({ lossHistory: [] }),
      JSON.stringify({ lossHistory: ['x'] }),
    ])
      expect(lossCurves(stored), String(stored)).toEqual([]);
  });

  it('should list the stored ranking most important first, and nothing for text that is not one', () => {
    const stored = {
      explainedNodes: 12,
      backgroundRows: 32,
      numSamples: 512,
      targets: [
        {
          target: 'weight',
          unit: 'kg',
          ranking: [
            { feature: 'sets', meanAbs: 0.2 },
            { feature: 'rpe', meanAbs: 1.5 },
          ],
        },
      ],
    };
    expect(globalShap(JSON.stringify(stored))).toEqual({
      explainedNodes: 12,
      backgroundRows: 32,
      numSamples: 512,
      targets: [
        {
          target: 'weight',
          unit: 'kg',
          features: [
            { feature: 'rpe', meanAbs: 1.5 },
            { feature: 'sets', meanAbs: 0.2 },
          ],
        },
      ],
    });
    expect(globalShap(null)).toBeNull();
    expect(globalShap('{"targets": 3}')).toBeNull();
  });
});
