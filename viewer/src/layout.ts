// Layouts that run off the UI thread: ForceAtlas2 in a web worker (start and
// stop), and noverlap (also in a worker) to spread overlapping nodes, working
// in viewport coordinates so that node sizes on screen are respected.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type { App } from './app.js';

export interface Layouts {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  noverlap(onDone?: () => void): void;
  kill(): void;
}

export function createLayouts(app: App): Layouts {
  let fa2: FA2Layout | undefined;
  let nov: NoverlapLayout | undefined;
  const getFa2 = (): FA2Layout =>
    (fa2 ??= new FA2Layout(app.graph, { settings: { ...forceAtlas2.inferSettings(app.graph), slowDown: 5 } }));
  return {
    isRunning: () => fa2?.isRunning() ?? false,
    start: () => getFa2().start(),
    stop: () => fa2?.stop(),
    noverlap(onDone) {
      fa2?.stop();
      nov?.kill();
      const { sigma } = app;
      nov = new NoverlapLayout(app.graph, {
        settings: { margin: 4, ratio: 1.1 },
        inputReducer: (key, attr) => {
          const p = sigma.graphToViewport(attr);
          return { x: p.x, y: p.y, size: sigma.getNodeDisplayData(key)?.size ?? 4 };
        },
        outputReducer: (_key, attr) => {
          const p = sigma.viewportToGraph(attr);
          return { x: p.x, y: p.y };
        },
        onConverged: () => onDone?.(),
      });
      nov.start();
    },
    kill() {
      fa2?.kill();
      nov?.kill();
    },
  };
}
