// Makes sure the built viewer exists for the tests: `npm test` builds it
// first; when a test file runs alone on a fresh checkout, build it here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWER_DIST } from '../../src/view/assets.js';

const ROOT = join(import.meta.dirname, '../..');

export function ensureViewerBuilt(): void {
  if (existsSync(join(VIEWER_DIST, 'index.html'))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'viewer/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
}
