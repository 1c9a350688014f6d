#!/usr/bin/env node
// Extraction benchmark: throughput of the full analysis pipeline against a
// floor measured in the same run (a regex tokeniser over the same text), the
// cold time of `kg build` on one article against `node -e 0`, and peak memory.
// Figures are printed as ratios against the in-run baselines.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { buildFromRaw } = await import(join(root, 'dist', 'pipeline.js'));

const sampleDir = join(root, 'data', 'samples');
const samples = readdirSync(sampleDir)
  .filter((f) => f.endsWith('.de.txt'))
  .sort()
  .map((f) => ({ fileName: f, text: readFileSync(join(sampleDir, f), 'utf8') }));
if (samples.length === 0) throw new Error(`bench: no German samples in ${sampleDir}`);

// About 2 MB of article text: the samples repeated as separate articles.
const raws = [];
let bytes = 0;
for (let i = 0; bytes < 2_000_000; i++) {
  const s = samples[i % samples.length];
  raws.push({ fileName: `${i}-${s.fileName}`, text: s.text, encoding: 'utf-8', warnings: [] });
  bytes += Buffer.byteLength(s.text);
}
const mb = bytes / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm up the lexicons once so that throughput measures extraction only.
buildFromRaw(raws.slice(0, 2));

const floorTimes = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  let n = 0;
  for (const raw of raws) n += (raw.text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).length;
  floorTimes.push(performance.now() - t0);
  if (n === 0) throw new Error('no tokens');
}
const pipeTimes = [];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  buildFromRaw(raws);
  pipeTimes.push(performance.now() - t0);
}
const floorMBs = mb / (median(floorTimes) / 1000);
const pipeMBs = mb / (median(pipeTimes) / 1000);

// The samples repeated meet every word form again and again, so the stages' memos of word forms always hit.
// Distinct articles (our own test corpus, tests/corpus) show what a user's articles cost: one pass, since a second
// would meet its forms again, beside the floor on the same text.
const corpusDir = join(root, 'tests', 'corpus');
const distinct = [];
for (const split of readdirSync(corpusDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort())
  for (const f of readdirSync(join(corpusDir, split)).filter((f) => f.endsWith('.txt')).sort())
    distinct.push({ fileName: f, text: readFileSync(join(corpusDir, split, f), 'utf8'), encoding: 'utf-8', warnings: [] });
// English resources (compromise, the English lexicon) load on the first English article: warm them up first.
buildFromRaw(
  readdirSync(sampleDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ fileName: f, text: readFileSync(join(sampleDir, f), 'utf8'), encoding: 'utf-8', warnings: [] })),
);
const distinctMb = distinct.reduce((a, r) => a + Buffer.byteLength(r.text), 0) / 1e6;
const distinctFloor = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (const raw of distinct) raw.text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu);
  distinctFloor.push(performance.now() - t0);
}
const t0Distinct = performance.now();
buildFromRaw(distinct);
const distinctMBs = distinctMb / ((performance.now() - t0Distinct) / 1000);
const distinctFloorMBs = distinctMb / (median(distinctFloor) / 1000);

const time = (args) => {
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    runs.push(performance.now() - t0);
  }
  return median(runs);
};
const article = join(sampleDir, samples[0].fileName);
const nodeMs = time(['-e', '0']);
const coldMs = time([join(root, 'bin', 'kg.js'), 'build', article]);
const peakMB = process.resourceUsage().maxRSS / 1024;

// One long article: time must grow linearly with its size.
const long = (mbytes) => {
  let text = '';
  const body = samples[0].text.replace(/\([^()]*\)\s*$/, '');
  while (text.length < mbytes * 1e6) text += `${body}\n\n`;
  return { fileName: `long-${mbytes}.txt`, text, encoding: 'utf-8', warnings: [] };
};
const timeOne = (raw) => {
  const t0 = performance.now();
  buildFromRaw([raw]);
  return performance.now() - t0;
};
const oneMb = timeOne(long(1));
const twoMb = timeOne(long(2));

const f = (x, d = 2) => x.toFixed(d);
console.log(`text: ${f(mb)} MB in ${raws.length} articles`);
console.log(`floor (regex tokeniser):      ${f(floorMBs, 1)} MB/s`);
console.log(`extraction (full pipeline):   ${f(pipeMBs, 2)} MB/s`);
console.log(`ratio floor/extraction:       ${f(floorMBs / pipeMBs, 1)}x   (target: within 10x)`);
console.log(`distinct articles: ${f(distinctMb)} MB in ${distinct.length} articles (tests/corpus), one pass`);
console.log(`  floor (regex tokeniser):    ${f(distinctFloorMBs, 1)} MB/s`);
console.log(`  extraction (full pipeline): ${f(distinctMBs, 2)} MB/s`);
console.log(`  ratio floor/extraction:     ${f(distinctFloorMBs / distinctMBs, 1)}x`);
console.log(`node -e 0:                    ${f(nodeMs, 0)} ms`);
console.log(`kg build (one article, cold): ${f(coldMs, 0)} ms   (target: < 1000 ms)`);
console.log(`ratio cold build / node:      ${f(coldMs / nodeMs, 1)}x`);
console.log(`one 1 MB article:             ${f(oneMb / 1000, 1)} s`);
console.log(`one 2 MB article:             ${f(twoMb / 1000, 1)} s   (ratio ${f(twoMb / oneMb, 2)}, linear = 2)`);
console.log(`peak memory (bench process):  ${f(peakMB, 0)} MB`);
