// Writes an output file atomically: a temporary file in the same directory,
// flushed to disk, then renamed over the target. On any failure the temporary
// file is removed and an existing target is left untouched.
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { KgError } from '../errors.js';

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw new KgError('OUTPUT_WRITE', `cannot write output (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, path);
  }
}
