import type { Command } from './command.js';

/** Every subcommand of `liftgraph`; later issues add theirs here. */
export const COMMANDS: Command[] = [];
