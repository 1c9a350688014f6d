// Splits each sentence into word, number, punctuation and symbol tokens with
// sticky regex scans (linear time). Hyphenated compounds, dotted
// abbreviations, domains, dates and numbers with separators stay whole.
import type { Lang, Sentence, Token } from '../types.js';
import { abbreviationRules, type AbbreviationRules } from './abbreviations.js';

const W = String.raw`[\p{L}\p{M}\p{N}\u00AD]`;
const APOS = String.raw`(?:['’]\p{L}[\p{L}\p{M}]*)*`;
const PART = String.raw`[\p{L}\p{N}]${W}*${APOS}`;
const TLD = 'com|org|net|edu|gov|int|info|io|ai|app|dev|tv|co|de|at|ch|li|eu|uk|us|fr|it|es|nl|be|pl|cz|se|dk|no|fi|ru|cn|jp|in|lt|lv|ee|hu|ro|gr|pt|ie|sk|si|hr|bg|lu|ua|il|kr|au|nz|br|mx|za|sg|hk|tw|news';
const HYPHEN = '[-‐]';

// Alternatives in priority order; the name is the token kind (or a marker).
// Whitespace is no alternative: the tokeniser skips it between tokens.
// plainWordEnd() below takes plain words without these regexes: an alternative
// added before `word` must keep it exact (see NOT_PLAIN_AFTER).
const ALTERNATIVES: Array<[string, string]> = [
  ['url', String.raw`https?:\/\/[^\s<>"„“”»«]*[^\s<>"„“”»«.,;:!?)\]'’]`],
  ['email', String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`],
  // 21.1.2021 and (checked below) 21.1. without a year
  ['date', String.raw`\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?!\d)`],
  // U.S., z.B., U.S.-based
  ['dotted', String.raw`(?:\p{L}\.){2,}(?:${HYPHEN}${PART})*`],
  // E.ON, E.ON-Tochter: a capital letter, a period and a word in capitals, with no space, are one name
  ['dotcaps', String.raw`\p{Lu}\.\p{Lu}{2,}(?![\p{L}\p{N}.])(?:${HYPHEN}${PART})*`],
  ['domain', String.raw`[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:${TLD})(?![\p{L}\p{N}])`],
  // 8,45  1.000  19,000  14:30 — but not the start of "35-Jährige" or "5G"
  ['number', String.raw`\d+(?:[.,:]\d+)*(?![\p{L}\p{N}]|${HYPHEN}[\p{L}\p{N}])`],
  ['amp', String.raw`\p{Lu}{1,4}&\p{Lu}{1,4}(?![\p{L}])`],
  // Sat.1, ProSiebenSat.1-Manager: a name with a number after a period and no space
  ['dotnum', String.raw`\p{Lu}[\p{L}\p{M}]*\.\d{1,2}(?:${HYPHEN}${PART})*(?![\p{L}\p{N}]|\.\d)`],
  // Blohm+Voss, Disney+, Canal+: a name joined by or ending in a plus
  ['plus', String.raw`\p{Lu}[\p{L}\p{M}]+\+(?:\p{Lu}[\p{L}\p{M}]+)?(?![\p{L}\p{N}+])`],
  // Novo Nordisk A/S, Nordea I/S: the Danish and Norwegian legal forms with a slash are one word
  ['slashform', String.raw`[AIKP]\/S(?![\p{L}\p{N}])`],
  // Trump-Anhänger, James-Bond-Filmen, COVID-19, Trump's, and "Ein-" in "Ein- und Ausfuhr"
  ['word', String.raw`${PART}(?:${HYPHEN}${PART})*(?:${HYPHEN}(?=\s+(?:und|oder|bzw\.|sowie|and|or)\s|,))?`],
  ['ellipsis', String.raw`\.{2,}`],
  ['other', String.raw`[^]`],
];
/**
 * The alternatives as sticky regexes of their own, tried in order at a position: the first that matches there is the
 * one that one regex of them all joined by "|" would take, with the same match (nothing follows the alternation). Each
 * is compiled when first tried: compiling the joined regex, its letter classes over and over, cost a one-article
 * build some 40 ms, and most texts never reach the later alternatives.
 */
const STICKY: Array<{ name: string; pattern: string; re?: RegExp }> = ALTERNATIVES.map(([name, pattern]) => ({ name, pattern }));

/** The alternative that matches at `at` (never whitespace: skipSpace went past it) and its match, or undefined at the end. */
function matchAt(text: string, at: number): { group: string; value: string } | undefined {
  for (const alt of STICKY) {
    const re = (alt.re ??= new RegExp(alt.pattern, 'uy'));
    re.lastIndex = at;
    const m = re.exec(text);
    if (m !== null) return { group: alt.name, value: m[0] };
  }
  return undefined;
}

// Percent, section and similar signs are Unicode punctuation but behave like symbols.
const PUNCT = /^(?![%‰‱§#&@*†‡])\p{P}$/u;

/** Whether each BMP code unit is whitespace (\s), filled in as characters are met (0 unknown, 1 space, 2 not). */
const spaceCodes = new Uint8Array(0x10000);

/** The first position at or after `i` that is not whitespace as \s defines it. */
function skipSpace(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let known = spaceCodes[c]!;
    if (known === 0) spaceCodes[c] = known = /\s/.test(text.charAt(i)) ? 1 : 2;
    if (known === 2) break;
  }
  return i;
}

/** Per BMP code unit: 0 not yet looked at, else 1 + (word character: 2) + (letter: 4). */
const charClasses = new Uint8Array(0x10000);
const WORD_CHARACTER = new RegExp(`^${W}$`, 'u');
const LETTER = /^\p{L}$/u;
const IS_WORD = 2;
const IS_LETTER = 4;

function classOf(cp: number): number {
  if (cp >= 0x10000) {
    const ch = String.fromCodePoint(cp);
    return 1 + (WORD_CHARACTER.test(ch) ? IS_WORD : 0) + (LETTER.test(ch) ? IS_LETTER : 0);
  }
  let c = charClasses[cp]!;
  if (c === 0) {
    const ch = String.fromCharCode(cp);
    charClasses[cp] = c = 1 + (WORD_CHARACTER.test(ch) ? IS_WORD : 0) + (LETTER.test(ch) ? IS_LETTER : 0);
  }
  return c;
}

/**
 * Characters that, right after a run of word characters, could let an
 * alternative before `word` match (url "https:", email "@" "." "+" "-" "_",
 * dotted and domain ".", amp "&", slashform "/") or extend the word itself (hyphen, apostrophe).
 */
const NOT_PLAIN_AFTER = new Set(['.', '@', '-', '‐', "'", '’', '&', '+', '_', ':', '/']);

/**
 * Where a plain word starting at `i` ends — a letter, more word characters,
 * then a character outside NOT_PLAIN_AFTER (or the end) — else -1. the regex
 * matches exactly such a word there as its `word` alternative, since every
 * earlier alternative needs a digit first or one of those characters after
 * the run. Most tokens are plain words; this scan costs less than the regex.
 */
function plainWordEnd(text: string, i: number): number {
  let cp = text.codePointAt(i)!;
  if ((classOf(cp) & IS_LETTER) === 0) return -1;
  let j = i + (cp >= 0x10000 ? 2 : 1);
  while (j < text.length) {
    cp = text.codePointAt(j)!;
    if ((classOf(cp) & IS_WORD) === 0) break;
    j += cp >= 0x10000 ? 2 : 1;
  }
  return j < text.length && NOT_PLAIN_AFTER.has(text.charAt(j)) ? -1 : j;
}

/** Per BMP code unit: 0 not yet looked at, 1 not a lone character, 2 a lone punctuation mark, 3 a lone symbol. */
const loneKinds = new Uint8Array(0x10000);
const LONE_PUNCT = 2;
const LONE_SYMBOL = 3;

/**
 * The kind of the one-character token at `i` when only the last alternative
 * (`other`) of the alternatives can match there, else undefined: a character that is no
 * space, letter, mark, number or soft hyphen (the first characters of `word`,
 * `dotted`, `domain`, `amp`, `number`, `date`), not one of "._+-" (`email`,
 * `ellipsis`) and no surrogate (`other` takes a whole code point). Most of
 * them are punctuation; the regex tried every alternative first.
 */
function loneKind(text: string, i: number): Token['kind'] | undefined {
  const c = text.charCodeAt(i);
  let kind = loneKinds[c]!;
  if (kind === 0) {
    const ch = text.charAt(i);
    const lone = (c < 0xd800 || c > 0xdfff) && (classOf(c) & IS_WORD) === 0 && !/\s/.test(ch) && !'._+-'.includes(ch);
    loneKinds[c] = kind = !lone ? 1 : PUNCT.test(ch) ? LONE_PUNCT : LONE_SYMBOL;
  }
  return kind === LONE_PUNCT ? 'punct' : kind === LONE_SYMBOL ? 'symbol' : undefined;
}

/** Single parts of abbreviations ("Dr.", "z.", "Mio."), per rule set: built once, not per article. */
const partsOf = new WeakMap<AbbreviationRules, Set<string>>();

function abbreviationParts(rules: AbbreviationRules): Set<string> {
  let parts = partsOf.get(rules);
  if (parts === undefined) {
    parts = new Set<string>();
    for (const form of [...rules.always, ...rules.final]) for (const part of form.split(/(?<=\.)/)) parts.add(part);
    partsOf.set(rules, parts);
  }
  return parts;
}

/**
 * A token with every field the taggers fill, still undefined, in the order the
 * tagger of the language first sets them (German: verb, pos, lemma, cases,
 * plural, genders, common; English: lemma, pos, verb). All tokens of an article
 * then share one hidden class, so the later stages' reads of token fields stay
 * monomorphic instead of meeting a dozen shapes; and since the defined fields
 * keep the order the tagger gave them, a token looks (and serialises) as before.
 */
type MakeToken = (index: number, sentence: number, start: number, end: number, text: string, kind: Token['kind']) => Token;

const makeGermanToken: MakeToken = (index, sentence, start, end, text, kind) => ({
  index,
  sentence,
  start,
  end,
  text,
  kind,
  verb: undefined,
  pos: undefined,
  lemma: undefined,
  cases: undefined,
  plural: undefined,
  maybePlural: undefined,
  pluralToo: undefined,
  genders: undefined,
  common: undefined,
});

const makeEnglishToken: MakeToken = (index, sentence, start, end, text, kind) => ({
  index,
  sentence,
  start,
  end,
  text,
  kind,
  lemma: undefined,
  pos: undefined,
  verb: undefined,
  cases: undefined,
  plural: undefined,
  genders: undefined,
  common: undefined,
});

export function tokenize(text: string, sentences: Sentence[], lang: Lang = 'de'): Token[] {
  const makeToken = lang === 'en' ? makeEnglishToken : makeGermanToken;
  // Single parts of abbreviations take their period along when it does not end the sentence.
  const abbrevParts = abbreviationParts(abbreviationRules(lang));
  const tokens: Token[] = [];
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    let pos = 0;
    for (;;) {
      // Whitespace between tokens is skipped here, without a regex (it was every other match).
      pos = skipSpace(slice, pos);
      const at = pos;
      if (at >= slice.length) break;
      const plainEnd = plainWordEnd(slice, at);
      if (plainEnd >= 0) {
        // A plain word, exactly as the regex would match it (no period follows, so none is taken along).
        const start = sentence.start + at;
        tokens.push(makeToken(tokens.length, sentence.index, start, sentence.start + plainEnd, slice.slice(at, plainEnd), 'word'));
        pos = plainEnd;
        continue;
      }
      const lone = loneKind(slice, at);
      if (lone !== undefined) {
        // Exactly what the regex would match there as `other`.
        const start = sentence.start + at;
        tokens.push(makeToken(tokens.length, sentence.index, start, start + 1, slice.charAt(at), lone));
        pos = at + 1;
        continue;
      }
      const m = matchAt(slice, at);
      if (m === undefined) break;
      const group = m.group;
      let value = m.value;
      let kind: Token['kind'];
      const end = at + value.length;
      // The period continues the sentence (something follows it inside the span).
      const inner = slice.charCodeAt(end) === 46 && end + 1 < slice.length && /\s/.test(slice.charAt(end + 1));
      if (group === 'number' || group === 'date') {
        kind = 'number';
        if (group === 'date' && value.endsWith('.') && end === slice.length) {
          value = value.slice(0, -1);
        } else if (inner && group === 'number' && value.length <= 3 && /^\d+$/.test(value)) {
          value += '.'; // ordinal: "am 20. Jänner", "zum 3. Mal"
        }
      } else if (group === 'word') {
        kind = 'word';
        // ("Brackwell Inc., a unit of …": before a comma too, which a sentence's end never has.)
        const beforeComma = slice.charCodeAt(end) === 46 && /[,;]/.test(slice.charAt(end + 1));
        if ((inner && (abbrevParts.has(value + '.') || /^\p{L}$/u.test(value))) || (beforeComma && abbrevParts.has(value + '.'))) value += '.';
      } else if (group === 'url') {
        kind = 'symbol';
      } else if (group === 'other') {
        kind = PUNCT.test(value) ? 'punct' : 'symbol';
      } else if (group === 'ellipsis') {
        kind = 'punct';
      } else {
        kind = 'word';
      }
      pos = at + value.length;
      const start = sentence.start + at;
      tokens.push(makeToken(tokens.length, sentence.index, start, start + value.length, value, kind));
    }
  }
  return tokens;
}
