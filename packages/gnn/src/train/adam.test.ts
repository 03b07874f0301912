import { describe, expect, it } from 'vitest';
import { adamStep } from './adam.js';

describe('adamStep', () => {
  it('should move each parameter by about lr against the gradient sign on the first step', () => {
    // t = 1: m̂ = g, v̂ = g², so Δθ = −lr · g / (|g| + ε)
    const p = Float32Array.from([1, 1, 1]);
    adamStep(p, Float32Array.from([0.5, -2, 0]), new Float32Array(3), new Float32Array(3), 1);
    expect(p[0]).toBeCloseTo(0.99, 6);
    expect(p[1]).toBeCloseTo(1.01, 6);
    expect(p[2]).toBe(1);
  });
});
