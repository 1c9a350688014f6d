// English relation extraction on sentences written for each construction.
import { describe, expect, it } from 'vitest';
import { article, relationsOf } from './helpers.js';
import { analyseArticle } from '../../src/analyse.js';

const en = (text: string): string[] => relationsOf(text, 'en');

describe('English relation rules', () => {
  it('acquisition, active and passive', () => {
    expect(en('Nordlight Corp. acquired the startup Kranich Labs on Monday.')).toContain('Nordlight Corp. acquired Kranich Labs');
    expect(en('Kranich Labs was acquired by Nordlight Corp. in March.')).toContain('Nordlight Corp. acquired Kranich Labs');
  });
  it('founding with year, lawsuit, ownership', () => {
    const r = en('Kranich Labs was founded by Maria Keller in 2015. Silvermoon Inc. sued Nordlight Corp. in August. Nordlight Corp. owns the app Zentrix.');
    expect(r).toContain('Maria Keller founded Kranich Labs');
    expect(r).toContain('Kranich Labs foundedIn 2015');
    expect(r).toContain('Silvermoon Inc. sued Nordlight Corp.');
    expect(r).toContain('Nordlight Corp. owns Zentrix');
  });
  it('relative clauses and chief executives', () => {
    const r = en('The app belongs to Nordlight Corp., which is headquartered in Boston. Nordlight Corp. chief executive Maria Keller declined to comment.');
    expect(r).toContain('Nordlight Corp. locatedIn Boston');
    expect(r).toContain('Maria Keller ceoOf Nordlight Corp.');
  });
  it('negation asserts nothing', () => {
    expect(en('Nordlight Corp. did not acquire Kranich Labs.').filter((x) => x.includes('acquired'))).toEqual([]);
  });
});

describe('English copula frames', () => {
  it('"X is the CEO / a subsidiary of Y"', () => {
    const r = en('Maria Keller is the CEO of Nordlight Corp. today. Zentrix Inc. is a subsidiary of Nordlight Corp. in Boston.');
    expect(r).toContain('Maria Keller ceoOf Nordlight Corp.');
    expect(r).toContain('Zentrix Inc. subsidiaryOf Nordlight Corp.');
  });
});

describe('English compounds of ownership', () => {
  it('"X-owned Y" and "X-backed Y"', () => {
    const r = en('The Velaris-owned app Zentrix grew fast, and the Nordlight-backed startup Kranich Labs hired staff.');
    expect(r).toContain('Velaris owns Zentrix');
    expect(r).toContain('Nordlight investedIn Kranich Labs');
  });
});

describe('English agency credits', () => {
  it('"(Reporting by X; Editing by Y)": the agency of the dateline employs both', () => {
    const text = 'LONDON, Feb 18 (Reuters) - Brackmoor Capital bought a stake in Pellham Town Women.\n\n(Reporting by Tom Fennick and Lia Brandt; Editing by Ada Morrell)\n';
    const r = relationsOf(text, 'en', true);
    expect(r).toContain('Tom Fennick worksFor Reuters');
    expect(r).toContain('Lia Brandt worksFor Reuters');
    expect(r).toContain('Ada Morrell worksFor Reuters');
  });
});

describe('English partnerships and staff descriptions', () => {
  it('"X\'s partnership with Y" and "Z, a former Y trader"', () => {
    const r = en("Cards issued under Quillpay's partnership with Mastercard stopped working. Chief executive Oliver Brandt, a former Barclays trader, called the decision unfair.");
    expect(r).toContain('Quillpay partnerOf Mastercard');
    expect(r).toContain('Oliver Brandt worksFor Barclays');
  });
});

describe('English majorities and belonging', () => {
  it('"has held a majority of X" and "X belongs to Y"', () => {
    const r = en("The Halden family has held a majority of Pellham Rovers since 2005, and Brackmoor United belongs to Stan Ovett's Ovett Sports Group.");
    // (Since session 32 the family is named as such: "the Halden family" is the group "Halden family".)
    expect(r).toContain('Halden family owns Pellham Rovers');
    expect(r).toContain('Ovett Sports Group owns Brackmoor United');
  });
});

describe('English governors', () => {
  it('"Gov. X said": the governor of the state the text is about', () => {
    const r = en('State employees in Montana may no longer use the app Zento, Gov. Dale Wickham said on Wednesday.');
    expect(r).toContain('Dale Wickham ceoOf Montana');
  });
});

describe('English sites of organisations', () => {
  it('"at its plant in Rennes": a site the possessive gives an owner; "the warehouse club" is none', () => {
    const r = en('Ashbury Motors, which builds small cars at its plant in Rennes, will close its factory in Sheffield. The warehouse club Pricely is growing.');
    expect(r).toContain('Ashbury Motors owns plant');
    expect(r).toContain('Ashbury Motors owns factory');
    const doc = analyseArticle(article('Ashbury Motors, which builds small cars at its plant in Rennes, will close its factory in Sheffield. The warehouse club Pricely is growing.', 'en'));
    expect(doc.entities.filter((e) => e.type === 'Facility').map((e) => e.label).sort()).toEqual(['factory', 'plant']);
  });
});

describe('English towns in the genitive', () => {
  it('"Montreal\'s Goodwheat Market": a town\'s own firm is located there; a mayor is no firm', () => {
    const r = en("Pelloway competes with Montreal's Goodwheat Market and Berlin's Orvalta Group. Berlin's mayor Kai Wenner welcomed it.");
    expect(r).toContain('Goodwheat Market locatedIn Montreal');
    expect(r).toContain('Orvalta Group locatedIn Berlin');
    expect(r.filter((x) => x.startsWith('Kai Wenner locatedIn'))).toEqual([]);
  });
});

describe('English descriptions after a participle', () => {
  it('", accusing the Herzliya-based firm of …" describes the object, not the subject the participle shares', () => {
    const r = en('The messaging app Chatterly sued Korvax in October 2019, accusing the Herzliya-based firm of exploiting a flaw in its software.');
    expect(r).toContain('Korvax locatedIn Herzliya');
    expect(r).toContain('Chatterly accused Korvax');
    expect(r).not.toContain('Chatterly locatedIn Herzliya');
  });
});

describe('English funding rounds', () => {
  it('"X also put money into the Series A round … set up the company": the round is the start-up\'s, and so is "the company"', () => {
    const r = en('Portuguese start-up Tachova has raised 18 million euros. Porto-based Velmar Capital also put money into the Series A round. Chief executive Ines Carvano set up the company in 2021 with Tomas Reiner.');
    expect(r).toContain('Velmar Capital investedIn Tachova');
    expect(r).toContain('Ines Carvano founded Tachova');
    expect(r).toContain('Tomas Reiner founded Tachova');
    expect(r).not.toContain('Ines Carvano founded Velmar Capital');
  });
});

describe('English officers and examples of rivals', () => {
  it('"has dismissed its chief financial officer, X": the officer named in apposition is dismissed', () => {
    expect(en('British insurer Caldwick Group has dismissed its chief financial officer, Adrian Pellow, with immediate effect.')).toContain('Caldwick Group dismissed Adrian Pellow');
  });

  it('"The group competes with larger players such as X and Y": a verb in -s after the subject, and the examples', () => {
    const r = en('Caldwick Group sells insurance in Britain. The group competes with larger players such as Admarel and Avivo.');
    expect(r).toContain('Caldwick Group competitorOf Admarel');
    expect(r).toContain('Caldwick Group competitorOf Avivo');
  });
});

describe('English relative clauses after an apposition with listed adjectives', () => {
  it('"X, a free, ad-supported service that competes with Y and Z": the antecedent is X', () => {
    const r = en('Glimmora, a free, ad-supported service that competes with Tubo and Plotto TV, said it would appeal.');
    expect(r).toContain('Glimmora competitorOf Tubo');
    expect(r).toContain('Glimmora competitorOf Plotto TV');
  });
});

describe('English seats named after the kind of town', () => {
  it('"Castromar, based in the coastal city of Aveiro," and "based in the Polish port city of Szczecin"; not a group before the comma', () => {
    const r = relationsOf('Castrovel, based in the coastal city of Aveiro, rejected the move. Brakon, based in the Polish port city of Szczecin, agreed. SES, which counts the government among its largest shareholders, is based in the village of Betzdorf.', 'en');
    expect(r).toEqual(expect.arrayContaining(['Castrovel locatedIn Aveiro', 'Brakon locatedIn Szczecin']));
    expect(r.filter((t) => t.startsWith('shareholders '))).toEqual([]);
  });
});

describe('English handovers of the top job', () => {
  it('"removed chief executive X and handed the top job to finance chief Y": Y leads the company', () => {
    const r = relationsOf('German van maker Ostbrenner Werke on Tuesday removed chief executive Gerd Vollmann and handed the top job to finance chief Katrin Sassmann.', 'en');
    expect(r).toContain('Katrin Sassmann ceoOf Ostbrenner Werke');
  });
});
