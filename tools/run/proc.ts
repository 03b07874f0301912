import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '@liftgraph/tools-neo4j';

export const PNPM = process.env.LIFTGRAPH_PNPM ?? 'pnpm';

/** Runs a command in the repo root with inherited output; returns its exit status. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const res = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

export function minutes(ms: number): string {
  return `${(ms / 60_000).toFixed(1)} min`;
}
