import type { Program } from '@liftgraph/domain/program';
import type { PlanningContext, Rule, Violation } from './rule.js';

export interface RuleVerification {
  given(plan: Program, ctx: PlanningContext): RuleAssertion;
}

export interface RuleAssertion {
  /** Asserts the summed violation weight; returns the violations for further checks. */
  penalizesBy(expected: number): Violation[];
  /** Same as penalizesBy(0). */
  isSatisfied(): Violation[];
}

/** Timefold-style ConstraintVerifier: `verifyRule(rule).given(plan, ctx).penalizesBy(2)`. Throws on mismatch. */
export function verifyRule(rule: Rule): RuleVerification {
  return {
    given(plan, ctx) {
      const violations = rule.evaluate(plan, ctx);
      const total = Math.round(violations.reduce((s, v) => s + v.weight, 0) * 1000) / 1000;
      const penalizesBy = (expected: number): Violation[] => {
        if (Math.abs(total - expected) > 1e-6) {
          const details = violations.map((v) => `  - ${v.detail} (${v.weight})`).join('\n');
          throw new Error(`rule ${rule.id}: expected penalty ${expected}, got ${total}${details ? `\n${details}` : ''}`);
        }
        for (const v of violations) {
          if (v.ruleId !== rule.id) throw new Error(`rule ${rule.id} reported a violation under id ${v.ruleId}`);
        }
        return violations;
      };
      return { penalizesBy, isSatisfied: () => penalizesBy(0) };
    },
  };
}
