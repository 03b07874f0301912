import { describe, expect, it } from 'vitest';
import { confirmMismatch, SignUpFields } from './account-fields';
import { codeGroups, normaliseCode } from './invite-text';

describe('invite codes on paper', () => {
  it('should print a code in groups of four and read it back with or without the spaces', () => {
    const code = 'AB3DEFGHJK2MNPQRSTUV4XYZ';
    expect(codeGroups(code)).toBe('AB3D EFGH JK2M NPQR STUV 4XYZ');
    expect(normaliseCode(codeGroups(code))).toBe(code);
    expect(normaliseCode(`  ${code}\n`)).toBe(code);
    expect(codeGroups('abcdef')).toBe('abcd ef');
  });
});

describe('account form checks', () => {
  const valid = { name: 'Mara', email: 'mara@example.com', password: 'long-enough-1', organisationName: 'North Barbell' };

  it('should accept a complete sign-up', () => {
    expect(SignUpFields.safeParse(valid).success).toBe(true);
  });

  it('should name the field and the fix when a value is refused', () => {
    const short = SignUpFields.safeParse({ ...valid, password: 'short' });
    expect(short.success ? '' : short.error.issues[0]?.message).toBe('The password needs at least 10 characters.');
    const email = SignUpFields.safeParse({ ...valid, email: 'mara' });
    expect(email.success ? '' : email.error.issues[0]?.message).toContain('valid e-mail address');
    const org = SignUpFields.safeParse({ ...valid, organisationName: '  ' });
    expect(org.success ? '' : org.error.issues[0]?.message).toBe('Enter the name of your gym or team.');
  });

  it('should refuse two different passwords', () => {
    expect(confirmMismatch('a-password-1', 'a-password-1')).toBeNull();
    expect(confirmMismatch('a-password-1', 'a-password-2')).toContain('differ');
  });
});
