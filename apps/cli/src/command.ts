/** One subcommand of `liftgraph`: `path` is what the user types (`['logs', 'inspect']`). */
export interface Command {
  path: string[];
  summary: string;
  usage: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The environment (already merged with the root .env by main.ts). */
  env: NodeJS.ProcessEnv;
}

/** A user mistake on the command line: printed without a stack, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
