// Export the current view as PNG: sigma's layers (WebGL and 2D canvases)
// drawn onto one canvas over the theme's background, right after a
// synchronous render so the WebGL buffers still hold the picture.
import type { App } from './app.js';

export function snapshotCanvas(app: App): HTMLCanvasElement {
  const { sigma } = app;
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d');
  if (ctx === null) throw new Error('PNG export: no 2D canvas available');
  ctx.fillStyle = app.theme.background;
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of sigma.getContainer().querySelectorAll('canvas')) {
    ctx.drawImage(layer, 0, 0, out.width, out.height);
  }
  return out;
}

export function exportPng(app: App): Promise<Blob> {
  const canvas = snapshotCanvas(app);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob === null) {
        reject(new Error('PNG export failed'));
        return;
      }
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'kg-graph.png';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      resolve(blob);
    }, 'image/png');
  });
}
