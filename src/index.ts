// The public library API of kg. Only re-exports: the CLI and the viewer use
// these names and nothing deeper.
export { build, buildFromRaw, type BuildResult } from './pipeline.js';
export { analyseArticle } from './analyse.js';
export { readInputs, type RawInput } from './text/read-input.js';
export { makeArticle } from './text/article.js';
export { docsToQuads } from './rdf/quads.js';
export { getExporter, EXPORTERS, type Exporter } from './export/exporters.js';
export { writeFileAtomic } from './export/write-file.js';
export { loadOntology, type Ontology } from './rdf/ontology.js';
export { runEval } from './eval/run.js';
export { formatReport, reportJson } from './eval/report.js';
export { resolveSettings, FORMAT_NAMES, type BuildSettings, type FormatName } from './settings.js';
export { KgError, InputError, FormatError, DataError, type KgErrorCode } from './errors.js';
export { StoreError } from './errors.js';
export { pushQuads, type PushOptions, type PushReport } from './store/push.js';
export { queryRemote, type RemoteQueryOptions, type RemoteQueryResult } from './store/remote-query.js';
export { ENTITIES_GRAPH } from './store/split.js';
export { QueryError } from './errors.js';
export { loadGraph, type LoadedGraph } from './graph/load.js';
export { runQuery, RESULT_FORMATS, type QueryOptions, type QueryResult } from './query/run.js';
export { buildModel, type GraphModel, type EntityInfo, type StatementInfo } from './graph/model.js';
export { findEntity } from './graph/find-entity.js';
export { neighbors, shortestPaths, filterStatements, graphStats, type RelationFilter, type GraphStats } from './graph/explore.js';
export { validateGraph, type ValidationReport, type Violation } from './validate/validate.js';
export { NS } from './rdf/vocab.js';
export { VERSION } from './version.js';
export type * from './types.js';
