// One settings module: the options of a build, their defaults, and validation.
import { FormatError } from './errors.js';
import type { Lang } from './types.js';

export const FORMAT_NAMES = ['turtle', 'trig', 'ntriples', 'nquads', 'jsonld'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface BuildSettings {
  /** Output format of exports. */
  format: FormatName;
  /** Force a language instead of detecting it per article. */
  lang?: Lang;
  /** A curation file (YAML) applied after extraction on every build. */
  curation?: string;
}

export const DEFAULT_SETTINGS: BuildSettings = { format: 'turtle' };

export function resolveSettings(partial: Partial<BuildSettings> = {}): BuildSettings {
  const settings: BuildSettings = { ...DEFAULT_SETTINGS, ...partial };
  validateSettings(settings);
  return settings;
}

export function validateSettings(settings: BuildSettings): void {
  if (!(FORMAT_NAMES as readonly string[]).includes(settings.format)) {
    throw new FormatError(
      'FORMAT_UNKNOWN',
      `unknown format '${settings.format}'; expected one of: ${FORMAT_NAMES.join(', ')}`,
    );
  }
  if (settings.lang !== undefined && settings.lang !== 'de' && settings.lang !== 'en') {
    throw new FormatError('INPUT_LANGUAGE', `unknown language '${String(settings.lang)}'; expected de or en`);
  }
}
