import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { detectLanguage, languageScores } from '../../src/text/language.js';

function refusal(text: string): InputError {
  try {
    detectLanguage(text, 'x.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('INPUT_LANGUAGE');
    return error as InputError;
  }
  throw new Error('expected a refusal');
}

describe('detectLanguage', () => {
  it('recognises German and English', () => {
    expect(detectLanguage('Die Behörde hat am Montag eine neue Regel für den Handel mit Daten erlassen, die ab sofort gilt.', 'a.txt')).toBe('de');
    expect(detectLanguage('The agency said on Monday that it would appeal the ruling, which was issued by a federal court.', 'b.txt')).toBe('en');
  });

  it('refuses other languages and names them', () => {
    expect(refusal("Le tribunal a rejeté la demande de l'entreprise, qui avait contesté la décision de la commission.").message).toContain('French');
    expect(refusal('El tribunal rechazó la demanda de la empresa, que había impugnado la decisión de la comisión.').message).toContain('Spanish');
    expect(refusal('De rechter heeft het verzoek van het bedrijf afgewezen, dat de beslissing had aangevochten.').message).toContain('Dutch');
    expect(refusal('Il tribunale ha respinto la richiesta della società, che aveva contestato la decisione della commissione.').message).toContain('Italian');
  });

  it('refuses text without function words', () => {
    expect(refusal('Xyzzy plugh 12345 qwerty').file).toBe('x.txt');
  });

  it('only looks at the beginning of long texts', () => {
    const text = 'Die Firma baut ein Werk und der Bund hilft. '.repeat(1_000) + 'The end of the story is here. '.repeat(100_000);
    expect(detectLanguage(text, 'long.txt')).toBe('de');
    expect(languageScores('').get('de')).toBe(0);
  });
});
