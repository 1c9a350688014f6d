#!/usr/bin/env node
// Generates derived resources (lexicons, gazetteer) from installed npm
// packages into build/resources/. Each generator lives in scripts/resources/.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'resources');
const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.mjs')).sort();
for (const file of files) {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  await mod.default();
}
