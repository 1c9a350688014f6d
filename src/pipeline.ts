// The builder: read inputs → analyse each article (src/analyse.ts) → RDF quads.
// Each stage is a plain function; this module only composes them.
import type { Quad } from 'n3';
import type { Doc, Message } from './types.js';
import { makeArticle } from './text/article.js';
import { readInputs, type RawInput } from './text/read-input.js';
import { analyseArticle } from './analyse.js';
import { curatedQuads, docsToQuads } from './rdf/quads.js';
import { loadOntology } from './rdf/ontology.js';
import { loadCuration } from './curation/load.js';
import { applyCuration } from './curation/apply.js';
import { resolveSettings, type BuildSettings } from './settings.js';

export interface BuildResult {
  docs: Doc[];
  quads: Quad[];
  messages: Message[];
}

/** Analyses already-read inputs into one graph. */
export function buildFromRaw(raws: RawInput[], settings: BuildSettings = resolveSettings()): BuildResult {
  const messages: Message[] = [];
  const docs: Doc[] = [];
  // A bad curation file should fail before any article is analysed.
  const ontology = loadOntology();
  const curation = settings.curation === undefined ? undefined : loadCuration(settings.curation, ontology.relationProperties, ontology.classes);
  for (const raw of raws) {
    for (const w of raw.warnings) messages.push({ stage: 'read', level: 'warning', text: w });
    const article = makeArticle(raw, settings.lang === undefined ? {} : { lang: settings.lang });
    const doc = analyseArticle(article);
    messages.push(...doc.messages);
    docs.push(doc);
  }
  let curated: Quad[] = [];
  if (curation !== undefined) {
    const result = applyCuration(docs, curation, (p) => ontology.range(p), (p) => ontology.domain(p));
    messages.push(...result.messages);
    curated = curatedQuads(result.facts, curation.hash);
  }
  return { docs, quads: [...docsToQuads(docs), ...curated], messages };
}

/** Reads files, directories or "-" (stdin) and builds one graph. */
export async function build(inputs: string[], settings: BuildSettings = resolveSettings()): Promise<BuildResult> {
  const raws = await readInputs(inputs);
  return buildFromRaw(raws, settings);
}
