// Event dates resolved against the publication date.
import { describe, expect, it } from 'vitest';
import { eventDate } from '../../src/time/event-date.js';

describe('eventDate', () => {
  it('resolves a weekday to the latest such day on or before publication', () => {
    // 2024-03-07 is a Thursday.
    expect(eventDate('Das Gericht entschied am Dienstag.', '2024-03-07', 'de')).toEqual({ value: '2024-03-05', datatype: 'date' });
    expect(eventDate('Das Gericht entschied am Donnerstag.', '2024-03-07', 'de')).toEqual({ value: '2024-03-07', datatype: 'date' });
    expect(eventDate('The court ruled on Sunday.', '2024-03-07', 'en')).toEqual({ value: '2024-03-03', datatype: 'date' });
  });

  it('reads day and month, Austrian month names, and the year before publication', () => {
    expect(eventDate('Die Übergabe erfolgt am 20. Jänner.', '2021-01-21', 'de')).toEqual({ value: '2021-01-20', datatype: 'date' });
    expect(eventDate('Die Klage kam im Dezember.', '2021-01-21', 'de')).toEqual({ value: '2020-12', datatype: 'gYearMonth' });
    expect(eventDate('Der Kauf wurde Ende Jänner 2022 angekündigt.', '2023-07-12', 'de')).toEqual({ value: '2022-01', datatype: 'gYearMonth' });
  });

  it('gives nothing without a date expression or without a publication date', () => {
    expect(eventDate('Der Konzern wächst.', '2024-03-07', 'de')).toBeUndefined();
    expect(eventDate('Das Gericht entschied am Dienstag.', undefined, 'de')).toBeUndefined();
  });
});
