import { describe, expect, it } from 'vitest';
import { maskedLoss, regressionLoss } from './loss.js';

describe('regressionLoss', () => {
  it.each([
    ['mse', -3, 9, -6],
    ['mse', 0.5, 0.25, 1],
    ['l1', -3, 3, -1],
    ['l1', 0.5, 0.5, 1],
    ['l1', 0, 0, 0],
    ['huber', 0.5, 0.125, 0.5],
    ['huber', -3, 2.5, -1],
  ] as const)('%s at e = %d should be %d with derivative %d', (kind, e, value, grad) => {
    const loss = regressionLoss(kind);
    expect(loss.value(e)).toBeCloseTo(value, 12);
    expect(loss.grad(e)).toBeCloseTo(grad, 12);
  });

  it('should use Huber delta: quadratic within, linear beyond, continuous at the joint', () => {
    const loss = regressionLoss({ kind: 'huber', delta: 2 });
    expect(loss.value(1)).toBe(0.5);
    expect(loss.value(5)).toBe(2 * (5 - 1));
    expect(loss.value(2)).toBeCloseTo(loss.value(2 + 1e-9), 8);
    expect(loss.grad(-7)).toBe(-2);
    expect(regressionLoss().kind).toBe('mse');
  });
});

describe('maskedLoss', () => {
  const loss = regressionLoss('l1');
  // 3 nodes × 2 targets, stored with ld 4; node 1 masked out, one unknown (NaN) target.
  const pred = Float32Array.from([1, 2, 0, 0, 9, 9, 0, 0, 3, 4, 0, 0]);
  const y = Float32Array.from([0, Number.NaN, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0]);
  const layout = { numNodes: 3, width: 2, ld: 4, mask: Uint8Array.from([1, 0, 1]) };

  it('should average over observed targets of masked nodes and write the gradient there only', () => {
    const grad = new Float32Array(12).fill(7);
    expect(maskedLoss(loss, pred, y, layout, grad)).toBeCloseTo((1 + 2 + 3) / 3, 12);
    expect(Array.from(grad)).toEqual([1 / 3, 0, 0, 0, 0, 0, 0, 0, 1 / 3, 1 / 3, 0, 0].map((v) => Math.fround(v)));
  });

  it('should return whenEmpty when no target is observed', () => {
    expect(maskedLoss(loss, pred, y, { ...layout, mask: new Uint8Array(3) })).toBeNaN();
    expect(maskedLoss(loss, pred, y, { ...layout, mask: new Uint8Array(3) }, undefined, 0)).toBe(0);
  });
});
