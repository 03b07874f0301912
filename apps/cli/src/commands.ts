import type { Command } from './command.js';
import { logsInspectCommand } from './commands/logs-inspect.command.js';

/** Every subcommand of `liftgraph`; later issues add theirs here. */
export const COMMANDS: Command[] = [logsInspectCommand];
