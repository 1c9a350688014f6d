// Pins the public API: adding or removing an export is a visible change.
import { describe, expect, it } from 'vitest';
import * as kg from '../../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(kg).sort()).toEqual(
      [
        'DataError',
        'ENTITIES_GRAPH',
        'EXPORTERS',
        'FORMAT_NAMES',
        'FormatError',
        'InputError',
        'KgError',
        'NS',
        'VERSION',
        'analyseArticle',
        'build',
        'buildFromRaw',
        'docsToQuads',
        'formatReport',
        'getExporter',
        'loadOntology',
        'makeArticle',
        'readInputs',
        'reportJson',
        'resolveSettings',
        'pushQuads',
        'queryRemote',
        'runEval',
        'StoreError',
        'writeFileAtomic',
        'QueryError',
        'loadGraph',
        'runQuery',
        'RESULT_FORMATS',
        'buildModel',
        'findEntity',
        'neighbors',
        'shortestPaths',
        'filterStatements',
        'graphStats',
        'validateGraph',
        'quadsToViewGraph',
        'startViewServer',
        'viewerHtml',
      ].sort(),
    );
  });
});
