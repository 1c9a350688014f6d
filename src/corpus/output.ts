// Where a corpus build writes: standard output, or a temporary file next to
// the target that is renamed over it only when the build succeeds, so an
// interrupted or failed build never leaves a half-written file and never
// touches an existing one.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { KgError } from '../errors.js';

export interface OutputSink {
  write(text: string | Uint8Array): Promise<void>;
  /** Makes the output final (rename) . */
  commit(): Promise<void>;
  /** Throws away what was written (temporary file removed). */
  discard(): Promise<void>;
}

function waitDrain(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else stream.once('drain', () => resolve());
  });
}

export function stdoutSink(): OutputSink {
  return {
    write: (text) => (text.length === 0 ? Promise.resolve() : waitDrain(process.stdout, text)),
    commit: async () => undefined,
    discard: async () => undefined,
  };
}

export function fileSink(target: string): OutputSink {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let stream: WriteStream | undefined;
  let failure: Error | undefined;
  const open = (): WriteStream => {
    if (stream === undefined) {
      stream = createWriteStream(tmp);
      stream.on('error', (e) => {
        failure = e;
      });
    }
    return stream;
  };
  const close = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const s = open();
      s.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
  return {
    async write(text) {
      if (failure !== undefined) throw new KgError('OUTPUT_WRITE', `cannot write (${failure.message})`, target);
      if (text.length > 0) await waitDrain(open(), text);
    },
    async commit() {
      try {
        await close();
        if (failure !== undefined) throw failure;
        await rename(tmp, target);
      } catch (error) {
        await unlink(tmp).catch(() => undefined);
        throw new KgError('OUTPUT_WRITE', `cannot write (${(error as Error).message}); the existing file is unchanged`, target);
      }
    },
    async discard() {
      const s = stream;
      if (s !== undefined && !s.closed) {
        await new Promise<void>((resolve) => {
          s.once('close', () => resolve());
          s.destroy();
        });
      }
      await unlink(tmp).catch(() => undefined);
    },
  };
}
