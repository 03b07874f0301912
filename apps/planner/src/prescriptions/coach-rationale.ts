import { formatLoad, KG_PLATES, type PlateSet, type ProgramPrescription } from '@liftgraph/domain/program';
import { JARGON, MAX_RATIONALE_CHARS } from '../rules/coach/coach-words.rule.js';

/** Clauses a coach does not need on the first line (they stay in `details`). */
const TECHNICAL = /ACWR|%\/week|held within|the rules asked|estimated from|read as both|for the time off|cautious guess|as logged/i;

/** Removes parenthesised segments (outermost, balanced) that carry technical detail or run long. */
function dropTechnicalParentheses(text: string): string {
  let out = '';
  let depth = 0;
  let segment = '';
  for (const ch of text) {
    if (ch === '(') {
      if (depth === 0) segment = '';
      depth += 1;
    }
    if (depth > 0) segment += ch;
    else out += ch;
    if (ch === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        const inner = segment.slice(1, -1);
        if (!JARGON.test(inner) && !TECHNICAL.test(inner) && inner.length <= 40 && !inner.includes('(')) out += segment;
        else out = out.replace(/\s+$/, '');
      }
    }
  }
  return out;
}

/**
 * "3 × 5 at 80 kg", "3 × 10 at 24 kg per hand", "3 × 8 at body weight", "3 × 6 at body weight + 10 kg" —
 * the load worded by the domain's formatLoad in the athlete's unit ("3 × 5 at 135 lb" on lb plates).
 */
export function doseText(
  rx: Pick<ProgramPrescription, 'sets' | 'reps' | 'loadKg' | 'loadPerHand' | 'bodyweight'>,
  plates: PlateSet = KG_PLATES,
): string {
  return `${rx.sets} × ${rx.reps} at ${formatLoad(rx, plates) ?? 'a load you can move for the reps'}`;
}

/**
 * The coach's line and the technical detail of a prescription (docs/programming.md §Coach's words): the
 * dose ("3 × 5 at 80 kg"), then the decision and its evidence from the generator's rationale with
 * graph/model vocabulary, capacity bands, rep conversions and ACWR moved out; the generator's full
 * rationale becomes `details`.
 */
export function coachRationale(rx: ProgramPrescription, plates: PlateSet = KG_PLATES): Pick<ProgramPrescription, 'rationale' | 'details'> {
  const technical = rx.rationale;
  // The decision before the first colon ("+2.5 kg", "hold", "deload") stays even when its evidence is technical.
  const cut = technical.indexOf(': ');
  const decision = cut > 0 ? technical.slice(0, cut) : '';
  const evidence = cut > 0 ? technical.slice(cut + 2) : technical;
  const clauses = dropTechnicalParentheses(evidence)
    .split(/[;,] (?![^(]*\))/)
    .map((c) => c.trim())
    .filter((c) => c !== '' && !JARGON.test(c) && !TECHNICAL.test(c))
    // A logged body-weight set is "0 kg" in the log; a coach writes "body weight".
    .map((c) => c.replace(/@ 0(\.0+)? ?kg/g, 'at body weight').replace(/(^|[^\d.])0(\.0+)? ?kg/g, '$1body weight'));
  const cleanDecision = dropTechnicalParentheses(decision).trim();
  const head = cleanDecision !== '' && !JARGON.test(cleanDecision) ? `${doseText(rx, plates)}: ${cleanDecision}` : doseText(rx, plates);
  const join = (parts: readonly string[]): string =>
    parts.length > 0 ? `${head}${head.includes(': ') ? ', ' : ': '}${parts.join(', ')}` : head;
  let text = join(clauses);
  while (text.length > MAX_RATIONALE_CHARS && clauses.length > 0) {
    clauses.pop();
    text = join(clauses);
  }
  if (text.length > MAX_RATIONALE_CHARS) text = doseText(rx, plates);
  const details = [technical, rx.details].filter((d) => d !== '').join(' · ');
  return { rationale: text, details };
}
