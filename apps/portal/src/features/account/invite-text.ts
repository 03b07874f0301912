/** How each invitation state reads on the coach's list, and its badge colour (globals.css badge-*). */
export const INVITE_STATUS_TEXT: Record<string, string> = {
  pending: 'waiting',
  used: 'accepted',
  expired: 'expired',
  revoked: 'revoked',
};

export const INVITE_STATUS_TONE: Record<string, string> = {
  pending: 'info',
  used: 'ok',
  expired: 'warn',
  revoked: 'bad',
};

/** A code in groups of four for reading aloud or typing from paper ("ABCD EFGH …"); the page strips the spaces. */
export function codeGroups(code: string): string {
  return code.match(/.{1,4}/g)?.join(' ') ?? '';
}

/** What the athlete typed (or pasted, with or without the groups' spaces) back into the code. */
export function normaliseCode(typed: string): string {
  return typed.replace(/\s+/g, '');
}
