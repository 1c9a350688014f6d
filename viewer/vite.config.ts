// Builds the viewer into one self-contained HTML file (viewer/dist/index.html):
// script and styles inlined, so the same file is served by `kg view` and,
// with the graph embedded, exported for file://. `--mode bare` builds the
// bench's bare sigma page (viewer/bench → viewer/dist-bench) with the same setup.
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => {
  const bare = mode === 'bare';
  return {
    root: bare ? `${here}bench` : here,
    base: './',
    logLevel: 'warn',
    plugins: [viteSingleFile()],
    build: {
      outDir: bare ? `${here}dist-bench` : `${here}dist`,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2000,
    },
  };
});
