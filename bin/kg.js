#!/usr/bin/env node
// Entry point of the `kg` command: a thin shim over the compiled CLI in dist/.
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`kg: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
