// Where the project's own resources live, resolved from this module so that
// the library works from any working directory (src/ when run by vitest,
// dist/ when compiled).
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(PROJECT_ROOT, 'data');
export const ONTOLOGY_DIR = join(PROJECT_ROOT, 'ontology');
/** Generated at install time by scripts/build-resources.mjs (not committed). */
export const BUILD_RESOURCES_DIR = join(PROJECT_ROOT, 'build', 'resources');
