// Entities a rule can point to that are not in its clause: the topic
// organisation named just before ("Vorstandschef X" → the company the article
// is about) and the latest entity whose label contains a word ("Kommission").
import type { Doc, Entity } from '../types.js';
import type { IsA } from './match-patterns.js';
import { ownerOfNextName } from '../entities/link.js';
import { loadCues } from '../entities/cues.js';

export interface EntityLookups {
  /**
   * The most talked-about entity of a class named before `start` in its sentence or the sentence before; when those
   * name none, in the sentence of the last mention before `start` or the one before that.
   */
  recent(start: number, cls: string): string | undefined;
  /**
   * The latest entity named before `start` (within 300 mentions) whose label or alias contains `word`; with `most`,
   * the one of those named most often there.
   */
  labelled(start: number, word: string, most?: boolean, described?: boolean): string | undefined;
  /**
   * Like recent, but at the start of a paragraph that names none before `start`, the topic: "Konzernchef X kündigte an"
   * opening a paragraph is the chief of the company the text is about, not of the last one named before it.
   */
  focus(start: number, cls: string): string | undefined;
  /** The entity of a class named most often in the 300 mentions before `start`: what the text is about. */
  topic(start: number, cls: string): string | undefined;
  /**
   * The entity of a class named last before `start`, within the sentence before; with `gender`, only one whose
   * noun is not known to have the other grammatical gender ("dessen": masculine or neuter, "deren": feminine);
   * with `named`, none that is unnamed ("Sprecherin X" speaks for no "Parteispitze").
   */
  last(start: number, cls: string, gender?: 'm' | 'f', named?: boolean): string | undefined;
  /** The first named entity of a class after `start` in the same sentence ("Vorstandschef X hat die Kette Y verlassen"). */
  ahead(start: number, cls: string): string | undefined;
  /** The first entity of a class named in the dateline ("Murbrugg –", "Linz/Wien (APA) -"). */
  dateline(cls: string): string | undefined;
  /**
   * The latest entity before `start` named right after one of `nouns` and the preposition `prep`, maybe with an
   * article between ("Nach einem Hackerangriff auf das Klinikum X … bekannte sich Y zu der Attacke").
   */
  namedAfter(start: number, nouns: string[], prep: string): string | undefined;
  /** Whether the entity has a name ("Der Verwaltungsrat" has none). */
  named(key: string): boolean;
}

/** How many mentions back `labelled` looks. */
const LOOKBACK = 300;

export function entityLookups(doc: Doc, classOf: Map<string, string>, entityOf: Map<string, Entity>, isAClass: IsA): EntityLookups {
  // A class may be several joined by "+" ("focus:Company+Platform": the one in focus of either), and may leave out
  // classes after "-" ("lastNamed:Organization-Court": the last organisation named that is no court).
  const isA: IsA = (c, cls) => {
    const minus = cls.indexOf('-');
    if (minus > 0) return isA(c, cls.slice(0, minus)) && !cls.slice(minus + 1).split('+').some((one) => isAClass(c, one));
    return cls.includes('+') ? cls.split('+').some((one) => isAClass(c, one)) : isAClass(c, cls);
  };
  /** Index of the first mention at or after `start` (mentions are in text order). */
  const firstAt = (start: number): number => {
    let lo = 0;
    let hi = doc.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (doc.mentions[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // "SEATTLE (Reuters) -": the dateline's place and news agency are not what the text talks about.
  const datelineEnd = doc.article.dateline?.end ?? 0;
  /** The entity of mention j when it is of the class and named; unnamed bodies ("der Aufsichtsrat") are no organisation a text is about. */
  const namedOfClass = (j: number, cls: string): string | undefined => {
    if (doc.mentions[j]!.start < datelineEnd) return undefined;
    const key = doc.mentions[j]!.entity;
    const c = key === undefined ? undefined : classOf.get(key);
    return key === undefined || c === undefined || !isA(c, cls) || entityOf.get(key)?.unnamed === true ? undefined : key;
  };
  /** Whether mention j names the seat of a firm named right before it ("X mit Sitz in Y", "X aus Y"). */
  const seatOfFirm = (j: number): boolean => {
    const m = doc.mentions[j]!;
    const w = (k: number): string => doc.tokens[k]?.text.toLowerCase() ?? '';
    if (w(m.tokenStart - 1) === 'in' && /^(sitz|hauptsitz|firmensitz)$/.test(w(m.tokenStart - 2))) return true;
    // ("beim Bundesverwaltungsgericht in Leipzig": the town of an institution named right before "in".)
    if (w(m.tokenStart - 1) === 'in' && j > 0 && doc.mentions[j - 1]!.tokenEnd === m.tokenStart - 1 && isA(classOf.get(doc.mentions[j - 1]!.entity ?? '') ?? '', 'Organization')) return true;
    if (w(m.tokenStart - 1) !== 'aus') return false;
    // (The firm's mention, not a place inside its name: "Datenwerk Sauerland aus Arnsberg".)
    for (let k = j - 1; k >= 0 && doc.mentions[k]!.tokenEnd === m.tokenStart - 1; k--) {
      const e = doc.mentions[k]!.entity;
      if (e !== undefined && isA(classOf.get(e) ?? '', 'Organization')) return true;
    }
    return false;
  };
  /** Index of the sentence that contains offset `start` (or the last one before it). */
  const sentenceAt = (start: number): number => {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (doc.sentences[mid]!.start <= start) lo = mid;
      else hi = mid - 1;
    }
    return doc.sentences[lo]?.index ?? 0;
  };
  return {
    recent(start, cls) {
      const lo = firstAt(start);
      const within = (sentence: number, from = sentence - 1): string | undefined => {
        let best: { key: string; n: number } | undefined;
        for (let j = lo - 1; j >= 0 && doc.mentions[j]!.sentence >= from; j--) {
          const key = namedOfClass(j, cls);
          // ("Ruhrtal, eine Tochter des Duisburger Konzerns X, …, sagte Bürgermeisterin Y": a town's adjective before
          // a firm names no town the text is about.)
          // ("Die Tössrail AG mit Sitz in Winterthur", "der IT-Dienstleister X aus Arnsberg": nor a firm's seat.)
          if (key === undefined || (cls === 'City' && (doc.mentions[j]!.source === 'cue:demonym' || seatOfFirm(j)))) continue;
          const n = entityOf.get(key)?.mentions.length ?? 0;
          if (best === undefined || n > best.n) best = { key, n };
        }
        return best?.key;
      };
      // The sentence of `start` and the one before ("Die Filderwerke … kündigten Widerspruch an. Man lasse sich …,
      // sagte Vorstandschefin X": not two sentences back when those two name one); else the sentence of the last
      // mention before and the one before that.
      // (At the start of a paragraph, one named in its own sentence first: "Für Brakenhoff ist der Verkauf Teil des
      // Umbaus, den Vorstandschef X angekündigt hatte" after a paragraph about the buyer.)
      const here = sentenceAt(start);
      const opensParagraph = here > 0 && doc.sentences[here]!.paragraph !== doc.sentences[here - 1]!.paragraph;
      return (opensParagraph ? within(here, here) : undefined) ?? within(here) ?? within(doc.mentions[lo - 1]?.sentence ?? 0);
    },
    focus(start, cls) {
      const sentence = sentenceAt(start);
      const lo = firstAt(start);
      const opensParagraph = sentence > 0 && doc.sentences[sentence]!.paragraph !== doc.sentences[sentence - 1]!.paragraph;
      const namedHere = doc.mentions[lo - 1]?.sentence === sentence && namedOfClass(lo - 1, cls) !== undefined;
      if (!opensParagraph || namedHere) return this.recent(start, cls);
      // The organisation the text is about, if it is of the class (else a later choice of the rule may name it).
      const topic = this.topic(start, 'Organization');
      if (topic === undefined) return this.recent(start, cls);
      const c = classOf.get(topic);
      return c !== undefined && isA(c, cls) ? topic : undefined;
    },
    topic(start, cls) {
      const end = firstAt(start);
      const counts = new Map<string, number>();
      let best: { key: string; n: number } | undefined;
      for (let j = end - 1; j >= 0 && j >= end - LOOKBACK; j--) {
        const key = namedOfClass(j, cls);
        // Pronouns follow the text's focus more than they set it.
        if (key === undefined || doc.mentions[j]!.source === 'coref:pronoun') continue;
        // ("eine Beschwerde beim Bundesverwaltungsgericht in Leipzig": an institution's seat is no town the text is about.)
        // (Nor a town's adjective: "vom Wolfurter Seilbahnhersteller X" names the firm's town, not the text's.)
        if (cls === 'City' && (seatOfFirm(j) || doc.mentions[j]!.source === 'cue:demonym')) continue;
        // ("from Comcast Corp's Universal Television": nor does an English owner in the genitive before another name.)
        if (ownerOfNextName(doc, j)) continue;
        // The lead sentence names what the article is about: a mention there counts twice.
        const n = (counts.get(key) ?? 0) + (doc.mentions[j]!.sentence === 0 ? 2 : 1);
        counts.set(key, n);
        // Ties go to the one named last.
        if (best === undefined || n > best.n) best = { key, n };
      }
      return best?.key;
    },
    last(start, cls, gender, named) {
      const lo = firstAt(start);
      const sentence = doc.mentions[lo - 1]?.sentence ?? 0;
      // "die Entlassung des Piloten X für unwirksam, wie dessen Anwältin Y mitteilte": a person named last in the
      // sentence is what "dessen" points back to; no organisation before that one.
      const nearest = doc.mentions[lo - 1];
      const nearestKey = nearest?.entity;
      const possessive = /^(dessen|deren)\b/iu.test(doc.article.text.slice(start, start + 7));
      if (possessive && nearest !== undefined && nearestKey !== undefined && nearest.sentence === sentenceAt(start) && classOf.get(nearestKey) !== undefined && isA(classOf.get(nearestKey)!, 'Person') && !isA('Person', cls)) return undefined;
      // ("zu den Freien Wählern, deren Bundesvorsitzender X": a relative possessive right after a name and its comma
      // points to that name, a plural too, which tells no gender.)
      if (possessive && nearest !== undefined && nearestKey !== undefined && doc.tokens[nearest.tokenEnd]?.text === ',' && doc.tokens[nearest.tokenEnd + 1]?.start === start && classOf.get(nearestKey) !== undefined && isA(classOf.get(nearestKey)!, cls)) return nearestKey;
      // With a gender, a mention whose noun tells that gender goes before a bare name that tells none ("von der
      // Interessengemeinschaft X, der Wimberger angehörte. Deren Obmann Y").
      let untold: string | undefined;
      for (let j = lo - 1; j >= 0 && doc.mentions[j]!.sentence >= sentence - 1; j--) {
        // Unnamed institutions count here: "die Arbeiterkammer … Deren Präsidentin X".
        if (doc.mentions[j]!.start < datelineEnd) continue;
        const key = doc.mentions[j]!.entity;
        const c = key === undefined ? undefined : classOf.get(key);
        if (named === true && key !== undefined && entityOf.get(key)?.unnamed === true) continue;
        if (key === undefined || c === undefined || !isA(c, cls)) continue;
        // ("die CDU-Fraktion … Deren Vorsitzender": the whole word's organisation, not the party inside it.)
        const whole = doc.mentions[j - 1];
        const wholeClass = whole?.entity === undefined ? undefined : classOf.get(whole.entity);
        if (whole !== undefined && whole.start === doc.mentions[j]!.start && whole.end > doc.mentions[j]!.end && wholeClass !== undefined && isA(wholeClass, cls)) continue;
        if (gender === undefined) return key;
        const g = nounGender(doc, j);
        if (g === gender) return key;
        if (g === undefined) untold ??= key;
      }
      return untold;
    },
    dateline(cls) {
      for (let j = 0; j < doc.mentions.length && doc.mentions[j]!.start < datelineEnd; j++) {
        const key = doc.mentions[j]!.entity;
        const c = key === undefined ? undefined : classOf.get(key);
        if (key !== undefined && c !== undefined && isA(c, cls)) return key;
      }
      return undefined;
    },
    ahead(start, cls) {
      const lo = firstAt(start);
      const sentence = doc.mentions[lo]?.sentence;
      for (let j = lo; j < doc.mentions.length && doc.mentions[j]!.sentence === sentence; j++) {
        const key = namedOfClass(j, cls);
        if (key !== undefined) return key;
      }
      return undefined;
    },
    namedAfter(start, nouns, prep) {
      const end = firstAt(start);
      for (let j = end - 1; j >= 0 && j >= end - LOOKBACK; j--) {
        const m = doc.mentions[j]!;
        if (m.entity === undefined || m.start < datelineEnd) continue;
        // "auf das Universitätsklinikum Magdeburg": not the place inside the name.
        const outer = doc.mentions[j - 1];
        if (outer !== undefined && outer.start <= m.start && outer.end >= m.end) continue;
        // ("auf die Kreisverwaltung des mittelhessischen Landkreises Oberhain": not the region of an adjective inside.)
        if (m.source === 'cue:demonym') continue;
        let t = m.tokenStart - 1;
        // "auf den Nürnberger Webhoster Pegnitzhost": adjectives, a word of origin and the describing noun.
        // ("auf die Kreisverwaltung des Landkreises Oberhain": a genitive phrase between.)
        const floor = m.tokenStart - 7;
        while (t >= 0 && t > floor && (doc.tokens[t]!.pos === 'DET' || doc.tokens[t]!.pos === 'ADJ' || doc.tokens[t]!.pos === 'NOUN' || /^\p{Lu}\p{Ll}+er$/u.test(doc.tokens[t]!.text))) t--;
        if (t < 1 || doc.tokens[t]!.text.toLowerCase() !== prep) continue;
        const noun = doc.tokens[t - 1]!;
        if (nouns.includes(noun.lemma ?? noun.text) || nouns.some((n) => noun.text.endsWith(n.toLowerCase()) || noun.text.endsWith(n))) return m.entity;
      }
      return undefined;
    },
    named(key) {
      return entityOf.get(key)?.unnamed !== true;
    },
    labelled(start, word, most, described) {
      const w = word.toLowerCase();
      // As far back as coreference looks: an unbounded scan made long articles quadratic.
      const end = firstAt(start);
      // ("Betriebsratsmitglieder", a group, is no "Betriebsrat": a group only when nothing else has the word.)
      let group: string | undefined;
      // ("Zoodirektorin X" after "Gespräche mit dem Zoo Leipzig": with `most`, the zoo the text is about.)
      const counts = most === true ? new Map<string, number>() : undefined;
      for (let j = end - 1; j >= 0 && j >= end - LOOKBACK; j--) {
        const key = doc.mentions[j]!.entity;
        const e = key === undefined ? undefined : entityOf.get(key);
        // ("Rot-Weiss Merheim … der Verein … Vereinssprecherin X": with `described`, or a description that points to it.)
        const byDescription = described === true && doc.mentions[j]!.source === 'coref:description' && endsInWord(doc.mentions[j]!.text, w);
        if (e === undefined || (!byDescription && ![e.label, ...e.aliases].some((l) => endsInWord(l, w)))) continue;
        if (e.type === 'Group') group ??= e.key;
        else if (counts === undefined) return e.key;
        else counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
      }
      let best: string | undefined;
      // (Ties go to the one named first, which the text is about: the map keeps the order of the backward scan.)
      for (const [key, n] of counts ?? []) if (best === undefined || n >= counts!.get(best)!) best = key;
      return best ?? group;
    },
  };
}

/**
 * Whether a word of the label ends in `w` (lower case), maybe inflected: "Deutscher Gewerkschaftsbund" and
 * "des Bauernbundes" for "bund", not "Bundestag".
 */
function endsInWord(label: string, w: string): boolean {
  for (const word of label.toLowerCase().split(/[\s-]+/u)) {
    const at = word.lastIndexOf(w);
    if (at >= 0 && word.length - (at + w.length) <= 2) return true;
  }
  return false;
}

/**
 * The grammatical gender of the noun that names mention j, when one tells it: the mention's own noun
 * ("der Betriebsrat", "die Volksbank am Haarstrang") or the noun right before its name ("die Kette Hobelwerk").
 * Feminine for "f", masculine or neuter for "m".
 */
function nounGender(doc: Doc, j: number): 'm' | 'f' | undefined {
  const m = doc.mentions[j]!;
  if (m.gender === 'f') return 'f';
  // "Die Freien Wähler, deren Ortsvorsitzende …": "die" before a noun that is not feminine is a plural, which
  // "deren" points back to as to a feminine noun.
  const det = doc.tokens[m.tokenStart - 1];
  const last = doc.tokens[m.tokenEnd - 1]!;
  if (det?.text.toLowerCase() === 'die' && last.pos === 'NOUN' && last.genders !== undefined && last.genders.length > 0 && !last.genders.includes('F')) return 'f';
  // A name of several words may end in a legal form of its own gender ("der Energieversorger Tarvos Energie AG …
  // Deren Chef"): the noun before it tells only a one-word name's.
  // ("der IT-Sicherheitsdienstleister Sentrix Security … Dessen Geschäftsführer": a last word that is no legal form
  // tells less than the noun before the name.)
  const legalFormEnd = loadCues(doc.article.lang).bareForms.has(last.text);
  const before = m.tokenEnd - m.tokenStart === 1 || !legalFormEnd ? doc.tokens[m.tokenStart - 1] : undefined;
  // ("der Donauländischen Versicherung": or the noun that ends the name.)
  for (const t of [doc.tokens[m.tokenStart], before, m.tokenEnd - m.tokenStart > 1 ? last : undefined]) {
    if (t === undefined || t.pos !== 'NOUN' || t.genders?.length !== 1) continue;
    return t.genders[0] === 'F' ? 'f' : 'm';
  }
  return undefined;
}
