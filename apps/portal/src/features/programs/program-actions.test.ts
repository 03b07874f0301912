import { describe, expect, it } from 'vitest';
import { programActions } from './program-actions';

describe('programActions', () => {
  it('should let a draft be assigned, edited and deleted but not archived', () => {
    expect(programActions('draft')).toEqual({ assign: true, archive: false, delete: true, edit: true });
  });
  it('should ask for the active program to be archived before it is deleted', () => {
    expect(programActions('active')).toEqual({ assign: false, archive: true, delete: false, edit: true });
  });
  it('should keep an archived program read-only but assignable again and deletable', () => {
    expect(programActions('archived')).toEqual({ assign: true, archive: false, delete: true, edit: false });
  });
});
