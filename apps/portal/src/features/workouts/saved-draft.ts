import type { SessionDraft } from './log-form-model';

/** What the logging form keeps in the browser while a session is being logged, so a reloaded tab loses nothing. */
export interface StoredDraft {
  choice: { week: number; day: number } | null;
  draft: SessionDraft;
  savedAt: number;
}

const key = (athleteId: string): string => `liftgraph.log-draft.${athleteId}`;

/** The draft kept for this athlete, or null (none, unreadable, or older than a day). */
export function readDraft(athleteId: string, now: number = Date.now()): StoredDraft | null {
  if (typeof window === 'undefined') return null;
  try {
    const raw = window.localStorage.getItem(key(athleteId));
    const stored = raw === null ? null : (JSON.parse(raw) as StoredDraft);
    if (!stored || typeof stored.savedAt !== 'number' || !Array.isArray(stored.draft?.exercises)) return null;
    return now - stored.savedAt < 24 * 3600_000 ? stored : null;
  } catch {
    return null;
  }
}

export function writeDraft(athleteId: string, value: StoredDraft | null): void {
  if (typeof window === 'undefined') return;
  try {
    if (value === null) window.localStorage.removeItem(key(athleteId));
    else window.localStorage.setItem(key(athleteId), JSON.stringify(value));
  } catch {
    // Storage full or disabled: the form still works, only a reload would lose the entries.
  }
}

/** A draft worth keeping: at least one number typed, a set ticked, or notes written. */
export function hasEntries(draft: SessionDraft): boolean {
  return (
    draft.notes.trim() !== '' ||
    draft.exercises.some((e) => e.sets.some((s) => s.done || s.reps !== '' || s.weight !== '' || s.effort !== ''))
  );
}
