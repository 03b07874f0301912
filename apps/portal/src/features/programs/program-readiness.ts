/** The shape of a program needed to judge whether it can be assigned. */
export interface AssignableProgram {
  weeks: ReadonlyArray<{ index: number; days: ReadonlyArray<{ index: number; prescriptions: ReadonlyArray<unknown> }> }>;
}

/**
 * Why a program cannot be assigned as it is, or null when it can: a block with no weeks, or with a
 * session that prescribes nothing (a "rest day" dressed as a session), is not a program to hand an athlete.
 */
export function unassignableReason(program: AssignableProgram): string | null {
  if (program.weeks.length === 0 || program.weeks.every((w) => w.days.length === 0))
    return 'This program has no sessions. Change the settings and generate again.';
  const empty = program.weeks.flatMap((w) =>
    w.days.filter((d) => d.prescriptions.length === 0).map((d) => `week ${w.index + 1} day ${d.index + 1}`),
  );
  if (empty.length === 0) return null;
  const shown = empty.slice(0, 3).join(', ') + (empty.length > 3 ? ` and ${empty.length - 3} more` : '');
  return `${empty.length} session${empty.length === 1 ? '' : 's'} without exercises (${shown}): add exercises or generate again with other settings before assigning.`;
}
