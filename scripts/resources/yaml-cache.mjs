// Pre-parses every YAML data file into build/resources/yaml-cache/<sha1>.json,
// keyed by the file's content, so that `kg` starts without running the YAML
// parser. An edited file has another hash and is parsed from YAML as usual.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function yamlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

export default async function buildYamlCache() {
  const out = join(root, 'build', 'resources', 'yaml-cache');
  mkdirSync(out, { recursive: true });
  for (const file of yamlFiles(join(root, 'data'))) {
    const text = readFileSync(file, 'utf8');
    const key = createHash('sha1').update(text).digest('hex');
    writeFileSync(join(out, `${key}.json`), JSON.stringify(parse(text)));
  }
}
