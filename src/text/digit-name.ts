/** "4chan", "23andMe", "3sat": a name may open with digits. */
const DIGIT_NAME = /^\d{1,3}[a-z]{3,}[A-Za-z]*$/;
/** Digits and a word that are no name: units, multiples, ordinals, decades ("15min", "3fach", "20jährig", "20th"). */
const NOT_DIGIT_NAME = /^\d+(min|mal|fach|jährig|prozentig|teilig|stündig|tägig|seitig|sekünd|th|st|nd|rd|km|kg|mb|gb|tb|mph|kmh|bn|mn|er|ern|ers)/;

export function isDigitName(text: string): boolean {
  return DIGIT_NAME.test(text) && !NOT_DIGIT_NAME.test(text);
}
