import { describe, expect, it } from 'vitest';
import { muscleGroupsOptions, programKeys, programOptions } from './programs.queries';

describe('programKeys', () => {
  it('should key a program by id under the programs root', () => {
    expect(programKeys.detail('p1')).toEqual(['programs', 'detail', 'p1']);
    expect(programOptions('p1').queryKey).toEqual(programKeys.detail('p1'));
  });

  it('should keep the muscle-group catalog outside the programs root so program invalidation keeps it', () => {
    expect(muscleGroupsOptions().queryKey[0]).not.toBe(programKeys.all[0]);
  });
});
