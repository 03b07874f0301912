import { describe, expect, it } from 'vitest';
import { SeededRng } from './seeded-rng.js';

const draw = (rng: SeededRng, n: number): number[] => Array.from({ length: n }, () => rng.uniform());

describe('SeededRng', () => {
  it('should replay the same stream when given the same seed', () => {
    expect(draw(new SeededRng(42), 50)).toEqual(draw(new SeededRng(42), 50));
  });

  it('should give different streams when seeds differ', () => {
    expect(draw(new SeededRng(1), 10)).not.toEqual(draw(new SeededRng(2), 10));
  });

  it('should keep uniforms in [0, 1) with mean ≈ 0.5', () => {
    const xs = draw(new SeededRng(7), 20_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 1);
  });

  it('should sample standard normals with mean ≈ 0 and SD ≈ 1', () => {
    const rng = new SeededRng(3);
    const zs = Array.from({ length: 20_000 }, () => rng.normal());
    const mean = zs.reduce((a, b) => a + b, 0) / zs.length;
    const sd = Math.sqrt(zs.reduce((a, z) => a + (z - mean) ** 2, 0) / zs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(sd).toBeGreaterThan(0.97);
    expect(sd).toBeLessThan(1.03);
  });

  it('should make a clone that continues with the same values, including the spare normal', () => {
    const rng = new SeededRng(9);
    rng.normal();
    const copy = rng.clone();
    expect([rng.normal(), rng.uniform()]).toEqual([copy.normal(), copy.uniform()]);
  });

  it('should draw integers inside [lo, hi] and fork independent streams', () => {
    const rng = new SeededRng(5);
    const ints = Array.from({ length: 500 }, () => rng.int(3, 6));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6]));
    const parent = new SeededRng(11);
    expect(draw(parent.fork(1), 5)).not.toEqual(draw(parent.fork(2), 5));
  });
});
