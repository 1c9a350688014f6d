// Typed errors with a stable code; tests check the class and code, not the wording.

export type KgErrorCode =
  | 'INPUT_MISSING'
  | 'INPUT_EMPTY'
  | 'INPUT_NO_ARTICLES'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_LANGUAGE'
  | 'FORMAT_UNKNOWN'
  | 'OUTPUT_WRITE'
  | 'GOLD_INVALID'
  | 'RULES_INVALID'
  | 'DATA_INVALID'
  | 'RESOURCE_MISSING'
  | 'SERVER_LISTEN'
  | 'QUERY_INVALID'
  | 'QUERY_TIMEOUT'
  | 'ENTITY_UNKNOWN'
  | 'INTERRUPTED'
  | 'STORE_ARGS'
  | 'STORE_UNREACHABLE'
  | 'STORE_AUTH'
  | 'STORE_FAILED'
  | 'STORE_COUNT_MISMATCH';

export class KgError extends Error {
  readonly code: KgErrorCode;
  /** File the problem is about, when there is one. */
  readonly file: string | undefined;

  constructor(code: KgErrorCode, message: string, file?: string) {
    super(file === undefined ? message : `${file}: ${message}`);
    this.name = 'KgError';
    this.code = code;
    this.file = file;
  }
}

export class InputError extends KgError {
  override readonly name = 'InputError';
}

export class FormatError extends KgError {
  override readonly name = 'FormatError';
}

export class DataError extends KgError {
  override readonly name = 'DataError';
}

/** A query that cannot run: bad SPARQL, a time-out, an entity not in the graph. */
export class QueryError extends KgError {
  override readonly name = 'QueryError';
}

/** A remote triple store refused, failed or could not be reached. */
export class StoreError extends KgError {
  override readonly name = 'StoreError';
}
