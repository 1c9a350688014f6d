// Splits German compound nouns to find their head: "Softwarekonzern" →
// Konzern, "US-Handelsbehörde" → Behörde. Hyphen compounds split at the last
// hyphen; closed compounds at the longest known noun at the end (with the
// linking -s-/-es-/-n-), never leaving a head shorter than four letters, and
// never splitting a word that names a known entity.
import type { GermanLexicon } from './de-lexicon.js';
import { BoundedMap } from '../data/bounded-map.js';

export interface CompoundSplit {
  modifier: string;
  head: string;
  headLemma: string;
  /** Hyphen compounds: the lemma of the whole part after the hyphen. */
  tailLemma?: string;
}

const MIN_HEAD = 4;
const SHORT_HEAD = 3;
const MIN_MODIFIER = 3;
/** A head this long is a word of its own whatever stands before it ("Biotech+unternehmen", "Proptech+gesellschaft"). */
const LONG_HEAD = 9;
/** The shortest head after a two-letter first part ("Öl+konzern", not "Ei+land"). */
const TWO_LETTER_HEAD = 6;

const memo = new WeakMap<GermanLexicon, WeakMap<object, BoundedMap<string, CompoundSplit | null>>>();
const NO_NAMES = (): boolean => false;

export function splitCompound(
  word: string,
  lex: GermanLexicon,
  opts: { isName?: (w: string) => boolean; depth?: number } = {},
): CompoundSplit | undefined {
  // News repeats its words: remember top-level splits per lexicon and name test.
  if ((opts.depth ?? 0) !== 0) return split(word, lex, opts);
  const isName = opts.isName ?? NO_NAMES;
  let byName = memo.get(lex);
  if (byName === undefined) memo.set(lex, (byName = new WeakMap()));
  let cache = byName.get(isName);
  if (cache === undefined) byName.set(isName, (cache = new BoundedMap()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit ?? undefined;
  const result = split(word, lex, opts);
  cache.set(word, result ?? null);
  return result;
}

function split(word: string, lex: GermanLexicon, opts: { isName?: (w: string) => boolean; depth?: number }): CompoundSplit | undefined {
  let cut = word.lastIndexOf('-');
  // "Agrartechnik-Start-up", "Firmen-E-Mail": the head may have a hyphen of its own.
  for (let h = word.indexOf('-'); h > 0 && h < cut; h = word.indexOf('-', h + 1)) {
    if (lex.noun(word.slice(h + 1)).length > 0) {
      cut = h;
      break;
    }
  }
  if (cut > 0 && cut < word.length - 1) {
    const head = word.slice(cut + 1);
    const inner = splitCompound(head, lex, opts);
    const lemma = lex.noun(head)[0]?.lemma ?? inner?.headLemma ?? head;
    // The part after the hyphen as a whole word: "Geschäftsführer" in "X-Geschäftsführer".
    const tailLemma =
      lex.noun(head)[0]?.lemma ?? (inner !== undefined ? head.slice(0, head.length - inner.head.length) + inner.headLemma.toLowerCase() : head);
    return { modifier: word.slice(0, cut), head, headLemma: inner !== undefined && lex.noun(head).length === 0 ? inner.headLemma : lemma, tailLemma };
  }
  if (opts.isName?.(word) === true) return undefined;
  // A two-letter noun before a long known head: "Öl+konzern", "Öl+händler".
  const two = word.charAt(2).toUpperCase() + word.slice(3);
  if (two.length >= TWO_LETTER_HEAD && lex.isNoun(word.slice(0, 2)) && lex.noun(two).length > 0) return { modifier: word.slice(0, 2), head: two, headLemma: lex.noun(two)[0]!.lemma };
  for (let i = MIN_MODIFIER; i <= word.length - SHORT_HEAD; i++) {
    const tail = word.charAt(i).toUpperCase() + word.slice(i + 1);
    const agent = lex.noun(tail).length === 0 ? agentNoun(tail, lex) : undefined;
    const readings = agent !== undefined ? [{ lemma: agent }] : lex.noun(tail);
    if (readings.length === 0) continue;
    const modifier = word.slice(0, i);
    // A three-letter head ("Partei+tag", "Aufsichts+rat") only after a modifier that is itself a noun.
    // A long head ("Biotech+unternehmens") after any first part of letters, in a word the tables lack.
    const longHead = tail.length >= LONG_HEAD && /^\p{L}+$/u.test(modifier) && lex.noun(word).length === 0;
    if (!longHead && (tail.length < MIN_HEAD ? !nounModifier(modifier, lex) : !plausibleModifier(modifier, lex, opts.depth ?? 0, opts))) continue;
    return { modifier, head: tail, headLemma: readings[0]!.lemma };
  }
  return undefined;
}

/** The first part must itself be a word: a noun (maybe with a linking element, maybe a compound itself), a verb stem or an adjective. */
function plausibleModifier(modifier: string, lex: GermanLexicon, depth = 0, opts: { isName?: (w: string) => boolean } = {}): boolean {
  // Prepositional prefixes form nouns too: "Nach+folge", "Auf+sicht", "An+teil".
  const closed = lex.closedClass(modifier.toLowerCase());
  // (And numerals: "Vier+sterne+hotel", "Drei+jahres+vertrag".)
  if (closed === 'ADP' || closed === 'ADV' || closed === 'PART' || closed === 'NUM') return true;
  // Bound first parts: "Agrar+wissenschafterin", "Bio+bauer".
  if (lex.isConfix(modifier)) return true;
  // A known place: "Europa+geschäft", "Asien+chef".
  if (depth === 0 && opts.isName?.(modifier.charAt(0).toUpperCase() + modifier.slice(1)) === true) return true;
  const cap = modifier.charAt(0).toUpperCase() + modifier.slice(1);
  const candidates = [cap, ...LINKS.filter((l) => cap.endsWith(l)).map((l) => cap.slice(0, -l.length)), cap + 'e'];
  if (candidates.some((c) => c.length >= 2 && lex.isNoun(c))) return true;
  // Words the morphology tables lack but the spelling list has: "Ticket+börse".
  if (depth === 0 && modifier.length >= 4 && lex.isSpelled(cap)) return true;
  // Derived nouns the dictionary may lack: "Wagnis+kapital", "Sicherheits+firma".
  if (candidates.some((c) => c.length >= 5 && NOUN_SUFFIX.test(c))) return true;
  // English gerunds as first parts: "Hosting+anbieter", "Streaming+dienst", "Dating+app".
  if (modifier.length >= 6 && /^\p{Lu}\p{Ll}+ing$/u.test(modifier)) return true;
  const lower = modifier.toLowerCase();
  if (lex.verb(lower + 'en').length > 0 || lex.verb(lower + 'n').length > 0 || lex.adjective(lower) !== undefined) return true;
  if (depth > 0) return false;
  // A noun and a verb stem: "Gas+liefer+vertrag", "Strom+spar+modus".
  for (let k = MIN_MODIFIER; k <= lower.length - 3; k++) {
    const stem = lower.slice(k);
    if ((lex.verb(stem + 'en').length > 0 || lex.verb(stem + 'n').length > 0) && nounModifier(modifier.slice(0, k), lex, MIN_MODIFIER)) return true;
  }
  return candidates.some((c) => c.length >= 2 * MIN_MODIFIER && splitCompound(c, lex, { depth: 1 }) !== undefined);
}

/**
 * A noun the dictionary lacks but derives from a verb it knows: agent nouns
 * in -er/-erin ("Zusteller" ← zustellen, "Anbieterin" ← anbieten). Returns
 * the lemma (masculine or feminine singular).
 */
export function agentNoun(word: string, lex: GermanLexicon): string | undefined {
  const m = /^(\p{Lu}\p{Ll}{3,}?)(er|erin|erinnen|ern|ers)$/u.exec(word);
  if (m === null) return undefined;
  const stem = m[1]!.toLowerCase();
  const verb = [...lex.verb(stem + 'en'), ...lex.verb(stem + 'n')].some((r) => r.infinitive && r.particle === undefined);
  if (!verb) return undefined;
  return m[2] === 'erin' || m[2] === 'erinnen' ? `${m[1]}erin` : `${m[1]}er`;
}

function nounModifier(modifier: string, lex: GermanLexicon, min = 4): boolean {
  if (modifier.length < min) return false;
  const cap = modifier.charAt(0).toUpperCase() + modifier.slice(1);
  return [cap, ...['s', 'es', 'n', 'en'].filter((l) => cap.endsWith(l)).map((l) => cap.slice(0, -l.length))].some((c) => c.length >= min && lex.isNoun(c));
}

const NOUN_SUFFIX = /(ung|heit|keit|schaft|nis|tät|ion|ismus|ment|ität)$/;

const LINKS = ['s', 'es', 'n', 'en', 'e', 'ns', 'er'];
