import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.js';

describe('loadEnv', () => {
  it('should apply defaults when variables are absent', () => {
    expect(loadEnv({})).toMatchObject({ PLANNER_PORT: 4001, PLANNER_HOST: '127.0.0.1' });
  });

  it('should name the variable and the fix when a value is invalid', () => {
    expect(() => loadEnv({ PLANNER_PORT: 'eighty' })).toThrowError(/PLANNER_PORT.*Fix the variables in \.env/);
  });
});
