// The `kg` command line: wires commands to the library's handlers and turns
// errors into one clear line and a non-zero exit code. No logic lives here.
import { Command, CommanderError } from 'commander';
import { KgError } from '../errors.js';
import { registerBuild } from './commands/build.js';
import { registerView } from './commands/view.js';
import { registerExport } from './commands/export.js';
import { registerEval } from './commands/eval.js';
import { registerPush } from './commands/push.js';
import { registerQuery } from './commands/query.js';
import { registerExplore } from './commands/explore.js';
import { registerValidate } from './commands/validate.js';
import { VERSION } from '../version.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('kg')
    .description('Build RDF knowledge graphs from news articles (German and English), with provenance.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerBuild(program);
  registerView(program);
  registerExport(program);
  registerEval(program);
  registerPush(program);
  registerQuery(program);
  registerExplore(program);
  registerValidate(program);
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
