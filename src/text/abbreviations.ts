// Loads data/lexicon/abbreviations.yaml into lookup sets per language, for the
// sentence repair pass and the tokenizer. Keys are stored without spaces, so
// "z. B." in the file matches both "z. B." and "z.B." in text.
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { loadYaml, isRecord } from '../data/load-yaml.js';
import { DataError } from '../errors.js';
import type { Lang } from '../types.js';

export interface AbbreviationRules {
  /** Never end a sentence ("Dr.", "z.B."). */
  always: Set<string>;
  /** May end a sentence ("U.S.", "Inc."). */
  final: Set<string>;
  /**
   * Legal forms that end a name ("Ltd.", "Co."): a capitalised word after them starts a new sentence unless it
   * is one of `afterLegalForm` ("Apple Inc. Chief Executive …", "GmbH & Co. KG").
   */
  legalFinal: Set<string>;
  afterLegalForm: Set<string>;
  months: Set<string>;
  /** Lowercase words that stand before an ordinal number ("zum 3. Mal"). */
  ordinalBefore: Set<string>;
  /** Largest number of space-separated parts of one abbreviation ("i. d. R." = 3). */
  maxParts: number;
}

export const ABBREVIATIONS_FILE = join(DATA_DIR, 'lexicon', 'abbreviations.yaml');
const cache = new Map<string, AbbreviationRules>();

export function compactAbbreviation(form: string): string {
  return form.replace(/\s+/g, '');
}

function list(data: Record<string, unknown>, section: string, key: string): string[] {
  const block = data[section];
  if (block === undefined) return [];
  if (!isRecord(block)) throw new DataError('DATA_INVALID', `"${section}" must be a map of language → list`, ABBREVIATIONS_FILE);
  const value = block[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new DataError('DATA_INVALID', `"${section}.${key}" must be a list of strings`, ABBREVIATIONS_FILE);
  }
  return value as string[];
}

export function abbreviationRules(lang: Lang): AbbreviationRules {
  const hit = cache.get(lang);
  if (hit) return hit;
  const data = loadYaml(ABBREVIATIONS_FILE);
  if (!isRecord(data)) throw new DataError('DATA_INVALID', 'expected a map at the top level', ABBREVIATIONS_FILE);
  const forms = (section: string) => [...list(data, section, 'common'), ...list(data, section, lang)];
  let maxParts = 1;
  for (const form of [...forms('always'), ...forms('final')]) {
    if (!form.endsWith('.')) throw new DataError('DATA_INVALID', `abbreviation "${form}" must end with a period`, ABBREVIATIONS_FILE);
    maxParts = Math.max(maxParts, form.trim().split(/\s+/).length);
  }
  const rules: AbbreviationRules = {
    always: new Set(forms('always').map(compactAbbreviation)),
    final: new Set(forms('final').map(compactAbbreviation)),
    legalFinal: new Set(list(data, 'legalFinal', 'common').map(compactAbbreviation)),
    afterLegalForm: new Set(list(data, 'afterLegalForm', 'common')),
    months: new Set(list(data, 'months', lang)),
    ordinalBefore: new Set(list(data, 'ordinalBefore', lang)),
    maxParts,
  };
  cache.set(lang, rules);
  return rules;
}
