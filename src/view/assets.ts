// Where the built viewer lives (viewer/dist/index.html, one self-contained
// file built by `npm run build`), and reading it with a clear error if the
// build step has not run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { PROJECT_ROOT } from '../paths.js';

export const VIEWER_DIST = join(PROJECT_ROOT, 'viewer', 'dist');

export function readViewerPage(distDir: string = VIEWER_DIST): string {
  const file = join(distDir, 'index.html');
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new DataError('RESOURCE_MISSING', 'viewer: the built viewer is missing; run `npm run build` first', file);
  }
}
