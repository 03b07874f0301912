'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { normaliseCode } from './invite-text';

/** `/invite`: the code from a printed invitation, spaces or not, opens `/invite/<code>`. */
export function InviteCodeForm() {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = normaliseCode(String(new FormData(event.currentTarget).get('code') ?? ''));
    if (code === '') {
      setProblem('Type the code from your invitation.');
      return;
    }
    router.push(`/invite/${encodeURIComponent(code)}`);
  }
  return (
    <>
      <form className="grid" onSubmit={onSubmit} aria-label="Invite code" noValidate>
        <label>
          Invite code
          <input name="code" autoComplete="off" autoCapitalize="characters" spellCheck={false} required />
        </label>
        {problem ? (
          <div role="alert" className="state state-error">
            {problem}
          </div>
        ) : null}
        <button type="submit" className="btn">
          Continue
        </button>
      </form>
      <p className="small">
        Already set a password? <Link href="/sign-in">Sign in</Link>.
      </p>
    </>
  );
}
