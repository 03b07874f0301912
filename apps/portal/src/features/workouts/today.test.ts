import { describe, expect, it } from 'vitest';
import { currentProgram } from './today';

describe('currentProgram', () => {
  const p = (id: string, status: string) => ({ id, status, createdAt: '2025-01-01' });

  it('should prefer the newest active program over newer drafts', () => {
    expect(currentProgram([p('draft', 'draft'), p('a', 'active'), p('b', 'active')])?.id).toBe('a');
  });

  it('should fall back to the newest program, or null when there is none', () => {
    expect(currentProgram([p('d1', 'draft'), p('d2', 'draft')])?.id).toBe('d1');
    expect(currentProgram([])).toBeNull();
  });
});
