// The `kg` command line: wires commands to the library's handlers and turns
// errors into one clear line and a non-zero exit code. No logic lives here.
import { Command, CommanderError } from 'commander';
import { KgError } from '../errors.js';
import { VERSION } from '../version.js';

type Register = (program: Command) => void;

// Each command's module, in help order. Only the command asked for is loaded (all of
// them for help or an unknown command): `kg build` over a cached corpus would otherwise
// spend much of its time loading the extraction pipeline for commands it does not run.
const COMMANDS: Record<string, () => Promise<Register>> = {
  build: async () => (await import('./commands/build.js')).registerBuild,
  view: async () => (await import('./commands/view.js')).registerView,
  export: async () => (await import('./commands/export.js')).registerExport,
  eval: async () => (await import('./commands/eval.js')).registerEval,
  push: async () => (await import('./commands/push.js')).registerPush,
  query: async () => (await import('./commands/query.js')).registerQuery,
  explore: async () => (await import('./commands/explore.js')).registerExplore,
  validate: async () => (await import('./commands/validate.js')).registerValidate,
};

export async function main(argv: string[]): Promise<number> {
  const program = new Command('kg')
    .description('Build RDF knowledge graphs from news articles (German and English), with provenance.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const asked = argv[2];
  const names = asked !== undefined && Object.hasOwn(COMMANDS, asked) ? [asked] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]!()))) register(program);
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof KgError) {
      process.stderr.write(`kg: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
