// Progress of a corpus build on stderr: a bar with articles/s and ETA on a
// terminal, a plain line every few seconds otherwise, nothing when quiet.
export interface Progress {
  tick(done: number): void;
  /** Clears the bar so that other lines can be printed. */
  clear(): void;
  end(): void;
}

const fmtTime = (s: number): string => (s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${s.toFixed(0)}s`);

export function makeProgress(total: number, stream: NodeJS.WriteStream, quiet: boolean): Progress {
  const started = Date.now();
  let last = 0;
  let shown = false;
  const line = (done: number): string => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 ? (total - done) / rate : 0;
    return `${done}/${total} articles · ${rate.toFixed(1)}/s · ETA ${fmtTime(eta)}`;
  };
  if (quiet || total <= 1) return { tick: () => undefined, clear: () => undefined, end: () => undefined };
  if (stream.isTTY) {
    return {
      tick(done) {
        const now = Date.now();
        if (now - last < 100 && done < total) return;
        last = now;
        const width = 24;
        const filled = Math.round((done / total) * width);
        stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${line(done)}\x1b[K`);
        shown = true;
      },
      clear() {
        if (shown) stream.write('\r\x1b[K');
      },
      end() {
        if (shown) stream.write('\r\x1b[K');
      },
    };
  }
  return {
    tick(done) {
      // Plain lines only for builds that take a while: every 5 s.
      const now = Date.now();
      if (now - Math.max(last, started) < 5000) return;
      last = now;
      stream.write(`kg: ${line(done)}\n`);
    },
    clear: () => undefined,
    end: () => undefined,
  };
}
