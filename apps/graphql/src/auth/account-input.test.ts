import { describe, expect, it } from 'vitest';
import { checkCode, checkEmail, checkLocale, checkName, checkNewPassword, checkTimeZone } from './account-input.js';
import { canonicalTypedCode, hashSecretCode, looksLikeSecretCode, looksLikeTypedCode, newSecretCode, newTypedCode } from './secret-code.js';

describe('account input checks: the field, the cause and a fix', () => {
  it('should normalise good values and name the field in refusals', () => {
    expect(checkEmail('email', '  Ines@Example.COM ')).toBe('ines@example.com');
    expect(() => checkEmail('email', 'ines@')).toThrow(/^email: "ines@" is not an e-mail address\. Fix: write it as name@example\.com$/);
    expect(checkNewPassword('password', '0123456789')).toBe('0123456789');
    expect(() => checkNewPassword('newPassword', '012345678')).toThrow(/^newPassword is too short \(9 characters\)\. Fix: .* at least 10/);
    expect(() => checkNewPassword('password', 'x'.repeat(201))).toThrow(/too long \(201 characters\)\. Fix: use at most 200/);
    expect(checkName('name', '  Ada  ')).toBe('Ada');
    expect(() => checkName('organisationName', '   ')).toThrow(/^organisationName is empty\. Fix:/);
    expect(checkLocale('locale', 'fr-fr')).toBe('fr-FR');
    expect(() => checkLocale('locale', 'not a locale!')).toThrow(/^locale: "not a locale!" is not a BCP-47 locale\. Fix:/);
    expect(checkTimeZone('timeZone', 'Europe/Paris')).toBe('Europe/Paris');
    expect(() => checkTimeZone('timeZone', 'Europe/Atlantis')).toThrow(/is not an IANA time zone\. Fix:/);
    expect(() => checkCode('code', ' ')).toThrow(/^code is empty or too long\. Fix: paste/);
  });

  it('should make distinct 160-bit URL-safe codes and store only their sha256', () => {
    const codes = new Set(Array.from({ length: 200 }, newSecretCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(looksLikeSecretCode(code)).toBe(true);
    expect(Buffer.from([...codes][0] ?? '', 'base64url')).toHaveLength(20);
    expect(hashSecretCode('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(looksLikeSecretCode('short')).toBe(false);
  });

  it('should make typeable invite/reset codes: 20 Crockford base32 characters, read back in any case, grouped, O as 0, I/L as 1', () => {
    const codes = new Set(Array.from({ length: 500 }, newTypedCode));
    expect(codes.size).toBe(500);
    for (const code of codes) expect([code, looksLikeTypedCode(code), /[ILOU]/.test(code)]).toEqual([code, true, false]);
    // 500 codes × 20 characters use every one of the 32 symbols.
    expect(new Set([...codes].join('')).size).toBe(32);
    const code = [...codes][0] ?? '';
    const typed = (code.match(/.{1,4}/g) ?? []).join(' ').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(canonicalTypedCode(typed)).toBe(code);
    expect(canonicalTypedCode(' ab-cd efgh ')).toBe('ABCDEFGH');
    expect(looksLikeTypedCode(canonicalTypedCode(code.slice(1)))).toBe(false);
    expect(looksLikeTypedCode(`${code.slice(1)}U`)).toBe(false);
  });
});
