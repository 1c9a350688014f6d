// Which drawn edge is under a point of sigma's container, found on the CPU
// when a click lands on no node. Sigma's own edge events (enableEdgeEvents)
// draw every edge a second time, into a picking buffer, on every frame: in
// software WebGL that is up to a third more work per frame on a large graph,
// for a lookup needed only on a click. Here a click measures its distance to
// each visible edge as drawn: a straight segment, or for curved parallel
// edges the quadratic curve @sigma/edge-curve draws (control point at the
// middle, offset by curvature x the edge's length, perpendicular to it).
import type Sigma from 'sigma';
import type { Coordinates } from 'sigma/types';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './build-graph.js';

/** Extra pixels around an edge's drawn thickness that still count as a hit. */
const SLACK = 3;
/** Segments of a curve's polyline approximation. */
const CURVE_STEPS = 24;

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance from (px, py) to the quadratic curve from a to b bent by `curvature` (viewport pixels, y down). */
export function curveDistance(px: number, py: number, a: Coordinates, b: Coordinates, curvature: number): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const cx = (a.x + b.x) / 2 + dy * curvature;
  const cy = (a.y + b.y) / 2 - dx * curvature;
  let best = Infinity;
  let lx = a.x;
  let ly = a.y;
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const t = i / CURVE_STEPS;
    const u = 1 - t;
    const x = u * u * a.x + 2 * u * t * cx + t * t * b.x;
    const y = u * u * a.y + 2 * u * t * cy + t * t * b.y;
    best = Math.min(best, segmentDistance(px, py, lx, ly, x, y));
    lx = x;
    ly = y;
  }
  return best;
}

/** The visible edge nearest to viewport point (x, y) within its drawn half-thickness plus a few pixels, if any. */
export function edgeAt(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: KgGraph, x: number, y: number): string | undefined {
  const { width, height } = sigma.getDimensions();
  if (x < 0 || y < 0 || x > width || y > height) return undefined;
  const positions = new Map<string, Coordinates | null>();
  const at = (node: string): Coordinates | null => {
    let p = positions.get(node);
    if (p === undefined) {
      const d = sigma.getNodeDisplayData(node);
      p = d === undefined || d.hidden ? null : sigma.framedGraphToViewport(d);
      positions.set(node, p);
    }
    return p;
  };
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestZ = -Infinity;
  graph.forEachEdge((edge, attrs, source, target) => {
    const d = sigma.getEdgeDisplayData(edge);
    if (d === undefined || d.hidden) return;
    const a = at(source);
    const b = at(target);
    if (a === null || b === null) return;
    const reach = Math.max(1, sigma.scaleSize(d.size)) / 2 + SLACK;
    const curved = d.type === 'curved' && attrs.curvature !== 0;
    // Cheap rejection: the point is outside the edge's bounding box (a curve bulges by curvature x length).
    const bulge = curved ? Math.abs(attrs.curvature) * Math.hypot(b.x - a.x, b.y - a.y) : 0;
    const margin = reach + bulge;
    if (x < Math.min(a.x, b.x) - margin || x > Math.max(a.x, b.x) + margin) return;
    if (y < Math.min(a.y, b.y) - margin || y > Math.max(a.y, b.y) + margin) return;
    const distance = curved ? curveDistance(x, y, a, b, attrs.curvature) : segmentDistance(x, y, a.x, a.y, b.x, b.y);
    if (distance > reach) return;
    // The nearest edge wins; at equal distance the one drawn on top (higher zIndex).
    const z = d.zIndex ?? 0;
    if (distance < bestDistance || (distance === bestDistance && z > bestZ)) {
      best = edge;
      bestDistance = distance;
      bestZ = z;
    }
  });
  return best;
}
