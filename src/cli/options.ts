// Parsing of option values shared by several commands, with one clear line
// naming the option when a value is wrong.
import { FormatError } from '../errors.js';

export function parseSeconds(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new FormatError('FORMAT_UNKNOWN', `${option}: expected a positive number of seconds, got '${value}'`);
  return n;
}

export function parsePositiveInt(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new FormatError('FORMAT_UNKNOWN', `${option}: expected a positive whole number, got '${value}'`);
  return n;
}
