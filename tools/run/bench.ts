// `npm run bench` / `pnpm bench`: every benchmark, each printing its figures and the command that produced them.
import { PNPM, run } from './proc.js';

const benches = process.argv.slice(2);
const status = run(PNPM, ['-r', '--if-present', '--workspace-concurrency=1', 'run', ...(benches.length ? benches : ['bench'])]);
process.exit(status);
