import type { Rule, Violation } from '../rule.js';

const ID = 'coach-words';

/** Graph and model vocabulary a coach should not have to read (it belongs in `details`). */
export const JARGON =
  /SIMILAR_TO|TRANSFERS_TO|\bgnn\b|\bmodel\b|clamp|\bRTS\b|Epley|capacity|similar to .*\(\d\.\d+\)|carry-over \d|e1RM \d/i;

/** A rationale is one line a coach reads at a glance. */
export const MAX_RATIONALE_CHARS = 160;

/**
 * docs/programming.md §Coach's words: every rationale is one short line in a coach's words — no graph
 * or model vocabulary (SIMILAR_TO scores, "gnn", clamps, RTS conversions, capacity bands: those go in
 * the prescription's `details`), at most 160 characters.
 */
export const coachWords: Rule = {
  id: ID,
  severity: 'hard',
  penalty: 1,
  description: `rationales in a coach's words, ≤ ${MAX_RATIONALE_CHARS} characters, the technical detail in details`,
  evaluate(plan) {
    const out: Violation[] = [];
    for (const week of plan.weeks)
      for (const day of week.days)
        for (const rx of day.prescriptions) {
          const jargon = JARGON.exec(rx.rationale);
          if (jargon || rx.rationale.length > MAX_RATIONALE_CHARS)
            out.push({
              ruleId: ID,
              weight: 1,
              detail: `week ${week.index + 1} ${day.label}: ${rx.exerciseName}: "${rx.rationale}"${jargon ? ` says "${jargon[0]}"` : ` is ${rx.rationale.length} characters`}`,
            });
        }
    return out;
  },
};
