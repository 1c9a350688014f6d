// One article of a corpus build, start to end: read, look up the cache,
// analyse on a miss, and format the article's part of the output. The same
// function runs in worker threads and in the main thread, so a parallel build
// writes exactly what a single-threaded one writes. The analysis pipeline and
// the RDF writer are loaded on the first article that needs them: a warm
// build's main thread answers from the cache and starts its workers sooner
// without them.
import { createHash } from 'node:crypto';
import { readInputFile, readInputFileSync } from '../text/read-input.js';
import type { RawInput } from '../text/read-input.js';
import type { FormatName } from '../settings.js';
import type { Lang, Message } from '../types.js';
import { readCacheEntry, readCacheEntrySync, writeCacheEntry, type CacheLookup, type CacheValue } from './cache.js';
import { pipelineVersion, type PipelineVersion } from './version.js';

export interface ArticleJob {
  index: number;
  /** A file to read, or the text of standard input already read. */
  file?: string;
  raw?: RawInput;
  format: FormatName;
  lang?: Lang;
  cacheDir?: string;
  /** The pipeline version, for the cache only (computed here when a job with a cache lacks it). */
  version?: PipelineVersion;
  /** The cache key, when the caller already read the article (saves a second read). */
  key?: string;
}

export interface ArticleChunk {
  index: number;
  fileName: string;
  /** The article's part of the output, without the format's header (UTF-8 bytes once it crossed threads or came from the cache). */
  text: string | Uint8Array;
  /** Merged formats only: triples about entities, which several articles share, as N-Triples lines for the writer to deduplicate. */
  shared: string[];
  entities: string[];
  triples: number;
  facts: number;
  claims: number;
  messages: Message[];
  cached: boolean;
  /** Set when a cache entry was found damaged and rebuilt. */
  repaired?: string;
}

interface Lookup {
  raw: RawInput;
  /** The cache key (only with a cache). */
  key?: string;
  chunk?: ArticleChunk;
  repaired?: string;
}

/** The cache key of an article: content, file name, format, forced language and the common pipeline version. */
export function keyOf(job: Pick<ArticleJob, 'format' | 'lang' | 'version'>, raw: RawInput): string {
  const hash = createHash('sha256').update(raw.text, 'utf8').digest('hex');
  return createHash('sha256').update(`${hash}\0${raw.fileName}\0${job.format}\0${job.lang ?? ''}\0${versionOf(job).common}`).digest('hex');
}

/** The job's pipeline version: hashing the code and data for it costs a one-article build a good part of its start, so only a cache asks. */
function versionOf(job: Pick<ArticleJob, 'version'>): PipelineVersion {
  return job.version ?? pipelineVersion();
}

async function lookup(job: ArticleJob): Promise<Lookup> {
  const raw = job.raw ?? (await readInputFile(job.file!));
  // Without a cache there is no key to compute.
  if (job.cacheDir === undefined) return { raw };
  const key = keyOf(job, raw);
  return found(job, raw, key, await readCacheEntry(job.cacheDir, key, versionOf(job)));
}

/** The article's part as the cache holds it. */
function hitChunk(job: ArticleJob, value: CacheValue): ArticleChunk {
  const meta = value.meta as Omit<ArticleChunk, 'index' | 'cached' | 'text'>;
  return { ...meta, text: value.text, index: job.index, cached: true };
}

function found(job: ArticleJob, raw: RawInput, key: string, hit: CacheLookup): Lookup {
  if (hit.kind === 'hit') return { raw, key, chunk: hitChunk(job, hit.value) };
  return hit.kind === 'damaged' ? { raw, key, repaired: hit.reason } : { raw, key };
}

/** The article's part from the cache, when there is a sound entry; cheap enough for the main thread (synchronous reads). */
export function cachedChunk(job: ArticleJob): ArticleChunk | undefined {
  if (job.cacheDir === undefined) return undefined;
  if (job.key !== undefined) {
    const hit = readCacheEntrySync(job.cacheDir, job.key, versionOf(job));
    return hit.kind === 'hit' ? hitChunk(job, hit.value) : undefined;
  }
  const raw = job.raw ?? readInputFileSync(job.file!);
  const key = keyOf(job, raw);
  return found(job, raw, key, readCacheEntrySync(job.cacheDir, key, versionOf(job))).chunk;
}

/** The analysis pipeline and the writer, loaded on the first article that needs them. */
let pipeline: Promise<[typeof import('../text/article.js'), typeof import('../analyse.js'), typeof import('../rdf/quads.js'), typeof import('./format.js')]> | undefined;
const loadPipeline = () => (pipeline ??= Promise.all([import('../text/article.js'), import('../analyse.js'), import('../rdf/quads.js'), import('./format.js')]));

export async function runArticleJob(job: ArticleJob): Promise<ArticleChunk> {
  const found = await lookup(job);
  if (found.chunk !== undefined) return found.chunk;
  const { raw, key, repaired } = found;
  const [{ makeArticle }, { analyseArticle }, { docsToQuads }, { chunkOf }] = await loadPipeline();
  const article = makeArticle(raw, job.lang === undefined ? {} : { lang: job.lang });
  const doc = analyseArticle(article);
  const messages: Message[] = [...raw.warnings.map((text): Message => ({ stage: 'read', level: 'warning', text })), ...doc.messages];
  const chunk = chunkOf(job, raw.fileName, docsToQuads([doc]), messages);
  if (job.cacheDir !== undefined) {
    const { index: _index, text, ...meta } = chunk;
    await writeCacheEntry(job.cacheDir, key ?? keyOf(job, raw), article.lang, versionOf(job), { text, meta });
  }
  return { ...chunk, cached: false, ...(repaired === undefined ? {} : { repaired }) };
}
