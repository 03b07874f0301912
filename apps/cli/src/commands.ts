import type { Command } from './command.js';
import { athletesCreateCommand } from './commands/athletes-create.command.js';
import { catalogImportCommand } from './commands/catalog-import.command.js';
import { dbMigrateCommand } from './commands/db-migrate.command.js';
import { dbStatsCommand } from './commands/db-stats.command.js';
import { gnnEvalCommand } from './commands/gnn-eval.command.js';
import { gnnLooCommand } from './commands/gnn-loo.command.js';
import { gnnExplainCommand } from './commands/gnn-explain.command.js';
import { gnnOversmoothCommand } from './commands/gnn-oversmooth.command.js';
import { gnnTrainCommand } from './commands/gnn-train.command.js';
import { importCommand } from './commands/import.command.js';
import { logsInspectCommand } from './commands/logs-inspect.command.js';
import { logsReportCommand } from './commands/logs-report.command.js';
import { planCommand } from './commands/plan.command.js';
import { seedDemoCommand } from './commands/seed-demo.command.js';

/** Every subcommand of `liftgraph`; later issues add theirs here. */
export const COMMANDS: Command[] = [
  logsInspectCommand,
  logsReportCommand,
  importCommand,
  dbMigrateCommand,
  dbStatsCommand,
  gnnEvalCommand,
  gnnLooCommand,
  gnnTrainCommand,
  gnnExplainCommand,
  gnnOversmoothCommand,
  seedDemoCommand,
  planCommand,
  athletesCreateCommand,
  catalogImportCommand,
];
