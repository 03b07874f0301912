import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { type CommandIo, UsageError } from './command.js';
import { COMMANDS } from './commands.js';
import { processEnv } from './env.js';

loadDotenv({ path: join(fileURLToPath(new URL('.', import.meta.url)), '../../../.env'), quiet: true });

function help(): string {
  const lines = COMMANDS.map((c) => `  liftgraph ${c.usage}\n      ${c.summary}`);
  return ['usage: liftgraph <command> [options]', '', 'commands:', ...lines].join('\n');
}

export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    io.stdout(help());
    return argv.length === 0 ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.path.every((part, i) => argv[i] === part));
  if (!command) {
    io.stderr(`liftgraph: unknown command "${argv.join(' ')}"\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(argv.slice(command.path.length), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`liftgraph ${command.path.join(' ')}: ${error.message}\nusage: liftgraph ${command.usage}`);
      return 2;
    }
    io.stderr(`liftgraph ${command.path.join(' ')}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const code = await runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(`${t}\n`),
    stderr: (t) => process.stderr.write(`${t}\n`),
    env: processEnv(),
  });
  process.exitCode = code;
}
