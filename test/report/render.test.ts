import { loadImage } from 'canvas';
import { describe, expect, it } from 'vitest';
import { curveSpec } from '../../src/report/curveSpec.js';
import { curvatureSpec } from '../../src/report/curvatureSpec.js';
import { messages } from '../../src/report/messages.js';
import { chartView, renderSpec } from '../../src/report/render.js';
import { PICK_COLORS } from '../../src/report/theme.js';
import type { ChartInput } from '../../src/report/types.js';
import { spreadBands } from '../../src/repeats/summary.js';
import { sweepResult, syntheticAnalysis, syntheticRepeats, syntheticTrials } from './synthetic.js';

const samples = syntheticTrials({ noise: 0.05 });
const input: ChartInput = { samples, analysis: syntheticAnalysis(samples), method: 'halfLoss', steps: 20 };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the PNG's IHDR chunk (bytes 16..23). */
function ihdr(png: Buffer): { width: number; height: number } {
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Width and height attributes of the SVG root. */
function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  expect(match).not.toBeNull();
  return { width: Number(match![1]), height: Number(match![2]) };
}

/** Variance of the grey level over every pixel. */
async function pixelVariance(png: Buffer): Promise<number> {
  const { createCanvas } = await import('canvas');
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  let sum = 0;
  let sumSq = 0;
  const n = data.length / 4;
  for (let i = 0; i < data.length; i += 4) {
    const grey = ((data[i] as number) + (data[i + 1] as number) + (data[i + 2] as number)) / 3;
    sum += grey;
    sumSq += grey * grey;
  }
  const mean = sum / n;
  return sumSq / n - mean * mean;
}

interface SceneItem {
  readonly stroke?: string;
  readonly x?: number;
  readonly y?: number;
}
interface SceneNode {
  readonly marktype?: string;
  readonly name?: string;
  readonly items?: readonly (SceneNode & SceneItem)[];
}

/** Items of every scenegraph mark whose name is `name`. */
function markItems(root: SceneNode, name: string): SceneItem[] {
  const out: SceneItem[] = [];
  const visit = (node: SceneNode): void => {
    if (node.marktype !== undefined && node.name === name) out.push(...(node.items ?? []));
    for (const child of node.items ?? []) visit(child);
  };
  visit(root);
  return out;
}

describe('renderSpec', () => {
  it.each([
    ['curve', curveSpec(input)],
    ['curvature', curvatureSpec(input)],
  ])('renderSpec(%s spec) writes a PNG at twice the SVG size that is not blank', async (_, spec) => {
    const rendered = await renderSpec(spec);
    expect(rendered.pngSkipped).toBeNull();
    const png = rendered.png!;
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const svg = svgSize(rendered.svg);
    // The canvas is the SVG's CSS size times the scale factor 2, rounded up by Vega.
    expect(ihdr(png)).toEqual({ width: Math.ceil(svg.width * 2), height: Math.ceil(svg.height * 2) });
    expect(svg.width).toBeGreaterThan(600);
    // A blank (all white) image has variance 0; a chart with dark lines on white has thousands.
    expect(await pixelVariance(png)).toBeGreaterThan(100);
  });

  it('renderSpec(spec, {scale: 1}) renders at the CSS size', async () => {
    const rendered = await renderSpec(curvatureSpec(input), { scale: 1 });
    const svg = svgSize(rendered.svg);
    expect(ihdr(rendered.png!)).toEqual({ width: Math.ceil(svg.width), height: Math.ceil(svg.height) });
  });

  it('renderSpec(spec) skips the PNG with one line when node-canvas cannot load, and still gives the SVG', async () => {
    const why = 'libcairo.so.2: cannot open shared object file';
    const rendered = await renderSpec(curveSpec(input), { loadCanvas: () => Promise.reject(new Error(why)) });
    expect(rendered.png).toBeNull();
    expect(rendered.pngSkipped).toBe(messages.pngSkipped(why));
    expect(rendered.pngSkipped).not.toContain('\n');
    expect(rendered.svg.startsWith('<svg')).toBe(true);
  });
});

describe('chartView', () => {
  it('chartView(curveSpec) holds one rule per pick and bound, in the paper colours, and one point per trial', async () => {
    const { view } = await chartView(curveSpec(input));
    try {
      const root = (view.scenegraph() as unknown as { root: SceneNode }).root;
      const rules = markItems(root, 'picks_marks');
      expect(rules).toHaveLength(5);
      const strokes = rules.map((r) => r.stroke);
      expect(strokes).toEqual(expect.arrayContaining([PICK_COLORS.midpoint, PICK_COLORS.halfLoss, PICK_COLORS.steepest]));
      expect(markItems(root, 'trials_marks')).toHaveLength(samples.filter((s) => s.lr > 0).length);
      expect(markItems(root, 'lossAtZero_marks')).toHaveLength(1);
      expect(markItems(root, 'window_marks')).toHaveLength(1);
    } finally {
      view.finalize();
    }
  });

  it('chartView(curveSpec) with repeats draws one translucent band and one median marker per pick, in the paper colours', async () => {
    // Seeds 1..3 shift the picks; every pick is seen by 4 seeds, so there are three bands.
    const repeats = syntheticRepeats(sweepResult(samples, input.analysis, 'halfLoss'), [0.1, -0.1, 0.05]);
    const { view } = await chartView(curveSpec({ ...input, spread: spreadBands(repeats), selection: 'median' }));
    try {
      const root = (view.scenegraph() as unknown as { root: SceneNode }).root;
      const bands = markItems(root, 'spread_marks') as (SceneItem & { fill?: string; opacity?: number; width?: number })[];
      expect(bands.map((b) => b.fill)).toEqual([PICK_COLORS.midpoint, PICK_COLORS.halfLoss, PICK_COLORS.steepest]);
      for (const b of bands) {
        expect(b.opacity).toBeLessThan(0.5);
        expect(b.width).toBeGreaterThan(1);
      }
      const medians = markItems(root, 'spreadMedian_marks') as (SceneItem & { fill?: string })[];
      expect(medians.map((m) => m.fill)).toEqual([PICK_COLORS.midpoint, PICK_COLORS.halfLoss, PICK_COLORS.steepest]);
      // Three first-seed picks, minLr, maxLr and the selected median.
      expect(markItems(root, 'picks_marks')).toHaveLength(6);
    } finally {
      view.finalize();
    }
  });

  it('chartView(curveSpec) draws diverged trials at the top of the plot', async () => {
    const { view } = await chartView(curveSpec(input));
    try {
      const root = (view.scenegraph() as unknown as { root: SceneNode }).root;
      const points = markItems(root, 'trials_marks') as (SceneItem & { datum?: { kind: string } })[];
      const diverged = points.filter((p) => p.datum?.kind.startsWith('diverged'));
      expect(diverged.length).toBe(samples.filter((s) => s.diverged).length);
      for (const p of diverged) expect(p.y).toBe(0);
    } finally {
      view.finalize();
    }
  });
});
