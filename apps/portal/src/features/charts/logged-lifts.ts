/**
 * The exercises an athlete logs most (by sessions that have them), loaded ones only, most frequent first:
 * the e1RM picker of someone who trains with dumbbells offers their dumbbell lifts, not an empty barbell squat.
 */
export function loggedLifts(
  sessions: ReadonlyArray<{
    exercises: ReadonlyArray<{ exerciseId: string; exerciseName: string; sets: ReadonlyArray<{ weightKg: number | null; done: boolean }> }>;
  }>,
  limit = 8,
): Array<{ id: string; label: string }> {
  const counts = new Map<string, { label: string; n: number }>();
  for (const s of sessions)
    for (const e of s.exercises) {
      if (!e.sets.some((x) => x.done && x.weightKg !== null && x.weightKg > 0)) continue;
      const c = counts.get(e.exerciseId);
      counts.set(e.exerciseId, { label: e.exerciseName, n: (c?.n ?? 0) + 1 });
    }
  return [...counts]
    .sort((a, b) => b[1].n - a[1].n || a[1].label.localeCompare(b[1].label))
    .slice(0, limit)
    .map(([id, c]) => ({ id, label: c.label }));
}
