/**
 * Draws the Teams app icons (run: npx tsx manifest/draw-icons.ts).
 * Motif: a speech bubble (dialogue) with a dot at its centre (the "kerne", the core task).
 * color.png:   192x192, accent-coloured rounded square, white bubble, accent-coloured core.
 * outline.png: 32x32, the same bubble as a white ring + solid tail with a white core, on transparent.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { ICON_SPECS, MANIFEST_DIR } from './build-manifest';

type Vec = [number, number];
type Sdf = (x: number, y: number) => number; // signed distance in unit coordinates, < 0 inside
type Rgb = [number, number, number];

const ACCENT: Rgb = [0x2e, 0x5e, 0x4e];
const WHITE: Rgb = [255, 255, 255];

const circle =
  (cx: number, cy: number, r: number): Sdf =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

function roundedSquare(half: number, radius: number): Sdf {
  return (x, y) => {
    const qx = Math.abs(x - 0.5) - half + radius;
    const qy = Math.abs(y - 0.5) - half + radius;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

/** Signed distance to a simple polygon (after Inigo Quilez). */
function polygon(points: Vec[]): Sdf {
  return (x, y) => {
    let d = Infinity;
    let sign = 1;
    for (let i = 0, j = points.length - 1; i < points.length; j = i, i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[j];
      const ex = bx - ax,
        ey = by - ay,
        wx = x - ax,
        wy = y - ay;
      const t = Math.min(Math.max((wx * ex + wy * ey) / (ex * ex + ey * ey), 0), 1);
      d = Math.min(d, Math.hypot(wx - ex * t, wy - ey * t));
      const c = [y >= ay, y < by, ex * wy > ey * wx];
      if (c.every(Boolean) || c.every((v) => !v)) sign = -sign;
    }
    return sign * d;
  };
}

const union =
  (...shapes: Sdf[]): Sdf =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));
const ring =
  (shape: Sdf, width: number): Sdf =>
  (x, y) =>
    Math.abs(shape(x, y)) - width / 2;
const outside =
  (shape: Sdf, margin: number): Sdf =>
  (x, y) =>
    -(shape(x, y) + margin);
const intersect =
  (a: Sdf, b: Sdf): Sdf =>
  (x, y) =>
    Math.max(a(x, y), b(x, y));

/** Speech bubble (circle + tail at lower left) and its core dot, scaled around the icon centre. */
function motif(scale: number): { round: Sdf; tail: Sdf; core: Sdf } {
  const s = (v: number) => 0.5 + (v - 0.5) * scale;
  return {
    round: circle(s(0.52), s(0.47), 0.3 * scale),
    tail: polygon([
      [s(0.3), s(0.6)],
      [s(0.45), s(0.74)],
      [s(0.2), s(0.84)],
    ]),
    core: circle(s(0.52), s(0.47), 0.1 * scale),
  };
}

/** Paints layers (painter's order) with 4x4 supersampling for soft edges. */
function render(size: number, layers: { shape: Sdf; rgb: Rgb }[]): PNG {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          const hit = layers.reduce<Rgb | undefined>((top, l) => (l.shape(x, y) <= 0 ? l.rgb : top), undefined);
          if (hit) [r, g, b, a] = [r + hit[0], g + hit[1], b + hit[2], a + 1];
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return png;
}

export function drawColorIcon(): PNG {
  const { round, tail, core } = motif(1);
  return render(ICON_SPECS.color.size, [
    { shape: roundedSquare(0.5, 0.2), rgb: ACCENT },
    { shape: union(round, tail), rgb: WHITE },
    { shape: core, rgb: ACCENT },
  ]);
}

export function drawOutlineIcon(): PNG {
  const { round, tail, core } = motif(1.15);
  const width = 0.08;
  return render(ICON_SPECS.outline.size, [
    { shape: ring(round, width), rgb: WHITE },
    { shape: intersect(tail, outside(round, width / 2)), rgb: WHITE },
    { shape: core, rgb: WHITE },
  ]);
}

if (require.main === module) {
  for (const [file, png] of [
    [ICON_SPECS.color.file, drawColorIcon()],
    [ICON_SPECS.outline.file, drawOutlineIcon()],
  ] as const) {
    const out = path.join(MANIFEST_DIR, file);
    writeFileSync(out, PNG.sync.write(png));
    console.log(`wrote ${out}`);
  }
}
