// Entity-centred commands that need no SPARQL: neighbors, path, relations,
// explain, stats. Each loads the graph (or builds articles), resolves names,
// and prints text or JSON; the work is done in src/graph/.
import type { Command } from 'commander';
import { loadGraph } from '../../graph/load.js';
import { buildModel, type GraphModel } from '../../graph/model.js';
import { findEntity, describeEntity } from '../../graph/find-entity.js';
import { neighbors, shortestPaths, findPredicate, filterStatements, graphStats, type RelationFilter } from '../../graph/explore.js';
import { statementBlock, statementJson, statsText, entityName } from '../../graph/render.js';
import { FormatError, QueryError } from '../../errors.js';
import { parsePositiveInt } from '../options.js';

interface CommonOptions {
  format: string;
  lang: string;
  quiet?: boolean;
}

async function load(graph: string, options: CommonOptions): Promise<{ model: GraphModel; triples: number }> {
  if (options.format !== 'text' && options.format !== 'json') throw new FormatError('FORMAT_UNKNOWN', `unknown format '${options.format}'; expected text or json`);
  if (options.lang !== 'de' && options.lang !== 'en') throw new FormatError('INPUT_LANGUAGE', `unknown label language '${options.lang}'; expected de or en`);
  const loaded = await loadGraph([graph]);
  if (!options.quiet) for (const m of loaded.messages) if (m.level === 'warning') process.stderr.write(`kg: warning: ${m.text}\n`);
  return { model: buildModel(loaded.quads), triples: loaded.quads.length };
}

function print(options: CommonOptions, json: () => unknown, text: () => string): void {
  process.stdout.write(options.format === 'json' ? `${JSON.stringify(json(), null, 2)}\n` : text());
}

function common(cmd: Command): Command {
  return cmd
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--lang <lang>', 'language of predicate labels: en or de', 'en')
    .option('-q, --quiet', 'print no warnings');
}

export function registerExplore(program: Command): void {
  common(
    program
      .command('neighbors')
      .description('every relation in and out of an entity, with the evidence sentence of each')
      .argument('<graph>', 'a graph file (.ttl/.trig/.nt/.nq) or articles (file, directory)')
      .argument('<entity>', 'label, alias, Wikidata QID or IRI (case and accents ignored)')
      .option('-d, --depth <n>', 'follow relations this many hops', '1'),
  ).action(async (graph: string, name: string, options: CommonOptions & { depth: string }) => {
    const depth = parsePositiveInt(options.depth, '--depth');
    const { model } = await load(graph, options);
    const entity = findEntity(model, name);
    const found = neighbors(model, entity.iri, depth);
    const lang = options.lang as 'de' | 'en';
    print(
      options,
      () => ({ entity: { iri: entity.iri, label: entity.label, types: entity.types, aliases: entity.aliases, wikidata: entity.wikidata ?? null }, relations: found.map((f) => ({ hop: f.hop, ...statementJson(model, f.statement) })) }),
      () => {
        const lines = [`${describeEntity(entity)} — ${found.length} relation${found.length === 1 ? '' : 's'}${depth > 1 ? ` within ${depth} hops` : ''}`];
        for (let hop = 1; hop <= depth; hop++) {
          const at = found.filter((f) => f.hop === hop);
          if (at.length === 0) continue;
          if (depth > 1) lines.push('', `hop ${hop}:`);
          for (const f of at) lines.push(statementBlock(model, f.statement, '  ', lang));
        }
        return `${lines.join('\n')}\n`;
      },
    );
  });

  common(
    program
      .command('path')
      .description('the shortest chains of relations connecting two entities, each hop with its evidence')
      .argument('<graph>', 'a graph file or articles')
      .argument('<from>', 'first entity')
      .argument('<to>', 'second entity')
      .option('--max <n>', 'show at most this many chains', '10'),
  ).action(async (graph: string, a: string, b: string, options: CommonOptions & { max: string }) => {
    const max = parsePositiveInt(options.max, '--max');
    const { model } = await load(graph, options);
    const from = findEntity(model, a);
    const to = findEntity(model, b);
    const paths = shortestPaths(model, from.iri, to.iri, max);
    const lang = options.lang as 'de' | 'en';
    print(
      options,
      () => ({ from: from.iri, to: to.iri, paths: paths.map((p) => p.map((s) => statementJson(model, s))) }),
      () => {
        if (paths.length === 0) return `no connection between ${from.label} and ${to.label}\n`;
        const lines = [`${paths.length} shortest chain${paths.length === 1 ? '' : 's'} of ${paths[0]!.length} hop${paths[0]!.length === 1 ? '' : 's'} from ${from.label} to ${to.label}`];
        paths.forEach((p, i) => {
          lines.push('', `chain ${i + 1}:`);
          for (const s of p) lines.push(statementBlock(model, s, '  ', lang));
        });
        return `${lines.join('\n')}\n`;
      },
    );
  });

  common(
    program
      .command('relations')
      .description('a filtered list of statements')
      .argument('<graph>', 'a graph file or articles')
      .option('-p, --predicate <p>', 'only this predicate (kg:sued, sued, or its label)')
      .option('--from <entity>', 'only statements whose subject is this entity')
      .option('--to <entity>', 'only statements whose object is this entity')
      .option('--claims', 'only claims')
      .option('--facts', 'only facts'),
  ).action(async (graph: string, options: CommonOptions & { predicate?: string; from?: string; to?: string; claims?: boolean; facts?: boolean }) => {
    if (options.claims && options.facts) throw new QueryError('QUERY_INVALID', 'relations: --claims and --facts exclude each other; give one or neither');
    const { model } = await load(graph, options);
    const filter: RelationFilter = {};
    if (options.predicate !== undefined) filter.predicate = findPredicate(model, options.predicate);
    if (options.from !== undefined) filter.from = findEntity(model, options.from).iri;
    if (options.to !== undefined) filter.to = findEntity(model, options.to).iri;
    if (options.claims) filter.kind = 'claim';
    if (options.facts) filter.kind = 'fact';
    const found = filterStatements(model, filter);
    const lang = options.lang as 'de' | 'en';
    print(
      options,
      () => found.map((s) => statementJson(model, s)),
      () => `${[`${found.length} statement${found.length === 1 ? '' : 's'}`, ...found.map((s) => statementBlock(model, s, '  ', lang))].join('\n')}\n`,
    );
  });

  common(
    program
      .command('explain')
      .description('why the graph says subject–predicate–object: article, date, sentence, offsets, rule, fact or claim')
      .argument('<graph>', 'a graph file or articles')
      .argument('<subject>', 'subject entity')
      .argument('<predicate>', 'predicate (kg:sued, sued, or its label)')
      .argument('<object>', 'object entity (or a literal value such as 2018)'),
  ).action(async (graph: string, s: string, p: string, o: string, options: CommonOptions) => {
    const { model } = await load(graph, options);
    const subject = findEntity(model, s);
    const predicate = findPredicate(model, p);
    const candidates = filterStatements(model, { from: subject.iri, predicate });
    const literal = candidates.filter((st) => st.objectIsLiteral && st.object === o);
    const found = literal.length > 0 ? literal : filterStatements(model, { from: subject.iri, predicate, to: findEntity(model, o).iri });
    if (found.length === 0) {
      const others = candidates.map((st) => entityName(model, st.object));
      throw new QueryError('ENTITY_UNKNOWN', `the graph does not say ${subject.label} ${model.predicateLabel(predicate)} ${o}${others.length === 0 ? '' : `; it says ${subject.label} ${model.predicateLabel(predicate)}: ${[...new Set(others)].join(', ')}`}`);
    }
    const lang = options.lang as 'de' | 'en';
    print(
      options,
      () => found.map((st) => statementJson(model, st)),
      () => {
        const lines: string[] = [];
        for (const st of found) {
          const j = statementJson(model, st) as { article: { source: string | null; date: string | null; file: string | null; iri: string } | string | null };
          lines.push(statementBlock(model, st, '', lang).split('\n')[0]!);
          const art = typeof j.article === 'object' && j.article !== null ? j.article : undefined;
          if (art !== undefined) lines.push(`  article   ${art.iri}`, `  source    ${art.source ?? '?'}, ${art.date ?? 'no date'}${art.file === null ? '' : `, ${art.file}`}`);
          if (st.evidence !== undefined) lines.push(`  sentence  “${st.evidence.text.replace(/\s+/g, ' ')}”`, `  offsets   ${st.evidence.start ?? '?'}–${st.evidence.end ?? '?'}`);
          else lines.push(`  sentence  (none${st.derivedFrom === undefined ? '' : `: from ${st.derivedFrom}`})`);
          lines.push(`  rule      ${st.rule ?? '(none)'}`);
          lines.push(st.kind === 'claim' ? `  claim     by ${st.claimedBy.map((c) => entityName(model, c)).join(', ') || 'unknown'}${st.claimCue === undefined ? '' : ` (cue "${st.claimCue}")`} — not asserted as a fact` : '  fact      asserted');
          if (st.eventDate !== undefined) lines.push(`  event     ${st.eventDate}`);
          lines.push('');
        }
        return lines.join('\n');
      },
    );
  });

  common(
    program
      .command('stats')
      .description('counts by class, predicate and article; top entities by degree')
      .argument('<graph>', 'a graph file or articles')
      .option('--top <n>', 'how many top entities', '10'),
  ).action(async (graph: string, options: CommonOptions & { top: string }) => {
    const top = parsePositiveInt(options.top, '--top');
    const { model, triples } = await load(graph, options);
    const st = graphStats(model, triples, top);
    print(options, () => st, () => statsText(model, st));
  });
}
