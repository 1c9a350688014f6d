// The pipeline's version for the build cache: a hash of everything that can
// change an article's output. Split in two so that a change invalidates exactly
// what it must: the common part (code, ontology, gazetteer, shared lexicons)
// touches every article; a language's rules and lexicons touch only articles
// in that language.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILD_RESOURCES_DIR, DATA_DIR, ONTOLOGY_DIR, PROJECT_ROOT } from '../paths.js';
import type { Lang } from '../types.js';

export interface PipelineVersion {
  common: string;
  lang: Record<Lang, string>;
}

function files(path: string, filter: (name: string) => boolean = () => true): string[] {
  let info;
  try {
    info = statSync(path);
  } catch {
    return [];
  }
  if (info.isFile()) return filter(path) ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name), filter));
}

function hashFiles(paths: string[]): string {
  const h = createHash('sha256');
  for (const p of paths) {
    h.update(relative(PROJECT_ROOT, p));
    h.update('\0');
    h.update(readFileSync(p));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 32);
}

let cached: PipelineVersion | undefined;

export function pipelineVersion(): PipelineVersion {
  if (cached !== undefined) return cached;
  const topLevelYaml = (p: string): boolean => !relative(join(DATA_DIR, 'lexicon'), p).includes('/');
  cached = {
    common: hashFiles([
      join(PROJECT_ROOT, 'package.json'),
      ...files(ONTOLOGY_DIR, (p) => p.endsWith('kg.ttl')),
      ...files(join(DATA_DIR, 'gazetteer')),
      ...files(join(DATA_DIR, 'lexicon'), topLevelYaml),
      ...files(BUILD_RESOURCES_DIR, (p) => /(gazetteer|first-names)\.json$/.test(p)),
      ...files(join(PROJECT_ROOT, 'dist'), (p) => p.endsWith('.js')),
    ]),
    lang: {
      de: hashFiles([...files(join(DATA_DIR, 'rules', 'de')), ...files(join(DATA_DIR, 'lexicon', 'de')), ...files(BUILD_RESOURCES_DIR, (p) => /\/de-[^/]*$/.test(p))]),
      en: hashFiles([...files(join(DATA_DIR, 'rules', 'en')), ...files(join(DATA_DIR, 'lexicon', 'en')), ...files(BUILD_RESOURCES_DIR, (p) => /\/en-[^/]*$/.test(p))]),
    },
  };
  return cached;
}
