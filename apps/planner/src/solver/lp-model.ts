/** A tiny builder for CPLEX-LP-format models, the text HiGHS's `solve` reads. */
export type VarKind = 'binary' | 'integer' | 'continuous';
export type Sense = '<=' | '>=' | '=';
export type Term = readonly [coef: number, variable: string];

interface Row {
  name: string;
  terms: Term[];
  sense: Sense;
  rhs: number;
}

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(6).replace(/0+$/, ''));

/**
 * Row names carry the rule id (`session-time-cap` → `session_time_cap__d2`) so that a solver
 * report about a row maps back to the rule it encodes (`ruleIdOfRow`).
 */
export function rowName(ruleId: string, suffix: string): string {
  return `${ruleId.replace(/-/g, '_')}__${suffix.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

export function ruleIdOfRow(name: string): string {
  return (name.split('__')[0] ?? name).replace(/_/g, '-');
}

export class LpModel {
  private readonly vars = new Map<string, { kind: VarKind; lb: number; ub: number }>();
  private readonly objective = new Map<string, number>();
  readonly rows: Row[] = [];

  addVar(name: string, kind: VarKind, lb = 0, ub = kind === 'binary' ? 1 : Infinity): string {
    this.vars.set(name, { kind, lb, ub });
    return name;
  }

  hasVar(name: string): boolean {
    return this.vars.has(name);
  }

  addObjective(variable: string, coef: number): void {
    this.objective.set(variable, (this.objective.get(variable) ?? 0) + coef);
  }

  addRow(name: string, terms: Term[], sense: Sense, rhs: number): void {
    if (terms.length > 0) this.rows.push({ name, terms, sense, rhs });
  }

  get size(): { vars: number; rows: number } {
    return { vars: this.vars.size, rows: this.rows.length };
  }

  /** The model as CPLEX LP text, minimising the objective. */
  toLp(excludedRulePrefixes: ReadonlySet<string> = new Set()): string {
    const expr = (terms: Iterable<Term>): string => {
      let out = '';
      for (const [c, v] of terms) {
        if (c === 0) continue;
        out += `${c < 0 ? ' - ' : ' + '}${fmt(Math.abs(c))} ${v}`;
      }
      return out === '' ? ' 0 dummy_zero' : out;
    };
    const obj = [...this.objective].map(([v, c]): Term => [c, v]);
    const lines = ['Minimize', ` obj:${expr(obj)}`, 'Subject To'];
    for (const r of this.rows) {
      if (excludedRulePrefixes.has(ruleIdOfRow(r.name))) continue;
      lines.push(` ${r.name}:${expr(r.terms)} ${r.sense} ${fmt(r.rhs)}`);
    }
    lines.push('Bounds');
    const binaries: string[] = [];
    const integers: string[] = [];
    for (const [name, v] of this.vars) {
      if (v.kind === 'binary') binaries.push(name);
      else {
        if (v.kind === 'integer') integers.push(name);
        lines.push(` ${fmt(v.lb)} <= ${name} <= ${Number.isFinite(v.ub) ? fmt(v.ub) : '+inf'}`);
      }
    }
    if (obj.length === 0) lines.push(' dummy_zero = 0');
    if (binaries.length > 0) lines.push('Binary', ` ${binaries.join(' ')}`);
    if (integers.length > 0) lines.push('General', ` ${integers.join(' ')}`);
    lines.push('End');
    return lines.join('\n');
  }
}
