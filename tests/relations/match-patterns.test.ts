// Unit tests of the pattern matcher on hand-built item sequences.
import { describe, expect, it } from 'vitest';
import { matchPattern } from '../../src/relations/match-patterns.js';
import type { Item } from '../../src/relations/items.js';
import type { PatternRule } from '../../src/relations/rules.js';

let pos = 0;
function tok(text: string, extra: Partial<Item> = {}): Item {
  const start = pos;
  pos += text.length + 1;
  return { kind: 'token', tokenStart: 0, tokenEnd: 1, start, end: start + text.length, text, lemma: text, head: text, pos: 'X', ...extra };
}
function ent(key: string, cls = 'Organization', compound = false): Item {
  const start = pos;
  pos += key.length + 1;
  return { kind: 'mention', tokenStart: 0, tokenEnd: 1, start, end: start + key.length, text: key, lemma: key, head: key, pos: 'PROPN', entity: key, cls, compound };
}
const isA = (cls: string, want: string): boolean => cls === want || (want === 'Organization' && cls === 'Company');
const rule = (elements: PatternRule['elements']): PatternRule => ({ kind: 'pattern', id: 't', file: 't', elements, emit: [] });

describe('matchPattern', () => {
  it('binds a compound modifier slot and the following name', () => {
    const items = [ent('Acme', 'Company', true), tok('-Chef', { head: 'Chef' }), ent('Jo Doe', 'Person')];
    const r = rule([
      { kind: 'slot', name: 'O', compound: true },
      { kind: 'token', attr: 'head', values: ['Chef'] },
      { kind: 'slot', name: 'P', cls: 'Person' },
    ]);
    const [m] = matchPattern(r, items, isA, new Set([',']));
    expect(m?.slots.get('O')).toEqual(['Acme']);
    expect(m?.slots.get('P')).toEqual(['Jo Doe']);
  });

  it('respects class constraints and compound flags', () => {
    const items = [ent('Acme', 'Company', false), tok('-Chef', { head: 'Chef' }), ent('Beta', 'Organization')];
    const r = rule([
      { kind: 'slot', name: 'O', compound: true },
      { kind: 'token', attr: 'head', values: ['Chef'] },
      { kind: 'slot', name: 'P', cls: 'Person' },
    ]);
    expect(matchPattern(r, items, isA, new Set())).toEqual([]);
  });

  it('expands coordinated names and skips a bounded gap, but not across a comma', () => {
    const items = [tok('bei'), ent('A'), tok('und'), ent('B'), tok('sehr'), tok('gesperrte', { lemma: 'gesperrt' }), ent('C', 'Person')];
    const r = rule([
      { kind: 'token', attr: 'text', values: ['bei'] },
      { kind: 'slot', name: 'X' },
      { kind: 'gap', max: 2 },
      { kind: 'token', attr: 'lemma', values: ['gesperrt'] },
      { kind: 'slot', name: 'Y' },
    ]);
    const [m] = matchPattern(r, items, isA, new Set([',']));
    expect(m?.slots.get('X')).toEqual(['A', 'B']);
    expect(m?.slots.get('Y')).toEqual(['C']);
    const blocked = [tok('bei'), ent('A'), tok(','), tok('gesperrte', { lemma: 'gesperrt' }), ent('C', 'Person')];
    expect(matchPattern(r, blocked, isA, new Set([',']))).toEqual([]);
  });

  it('fails a negated slot when an entity follows, and consumes nothing', () => {
    const r = rule([
      { kind: 'token', attr: 'text', values: ['von'] },
      { kind: 'slot', name: 'P', cls: 'Person' },
      { kind: 'token', attr: 'head', values: ['Firma'] },
      { kind: 'slot', name: 'N', not: true },
    ]);
    const named = [tok('von'), ent('Jo Doe', 'Person'), tok('Firma', { head: 'Firma' }), ent('Acme')];
    expect(matchPattern(r, named, isA, new Set())).toEqual([]);
    const bare = [tok('von'), ent('Jo Doe', 'Person'), tok('Firma', { head: 'Firma' }), tok('wächst')];
    const [m] = matchPattern(r, bare, isA, new Set());
    expect(m?.slots.get('P')).toEqual(['Jo Doe']);
    expect(m?.slots.has('N')).toBe(false);
  });

  it('lets optional elements be absent', () => {
    const items = [ent('A'), tok('mit'), tok('Sitz', { head: 'Sitz' }), tok('in'), ent('Town', 'Place')];
    const r = rule([
      { kind: 'slot', name: 'O' },
      { kind: 'token', attr: 'text', values: ['mit'] },
      { kind: 'token', attr: 'pos', values: ['DET'], optional: true },
      { kind: 'token', attr: 'head', values: ['Sitz'] },
      { kind: 'token', attr: 'text', values: ['in'] },
      { kind: 'slot', name: 'P', cls: 'Place' },
    ]);
    expect(matchPattern(r, items, () => true, new Set()).length).toBe(1);
  });
});
