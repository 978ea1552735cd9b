/**
 * Synthetic learning-rate/loss curves with known answers, for the accuracy benchmark and tests:
 * a plateau at L(0), an asymmetric descent (a generalised logistic in x = log10 lr) and a blow-up
 * that rises sharply and turns non-finite past some lr.
 */
import { DEFAULT_BASIN_FRACTION } from '../../src/analysis/basin.js';

/** Parameters of one synthetic curve; x = log10(lr). */
export interface CurveParams {
  /** L(0), the plateau. */
  readonly l0: number;
  /** Depth of the descent. */
  readonly drop: number;
  /** Centre of the descent, decades. */
  readonly centre: number;
  /** Width of the descent, decades. */
  readonly width: number;
  /** Richards shape ν (1 = symmetric logistic; ≠ 1 asymmetric). */
  readonly shape: number;
  /** Blow-up onset, decades: the blow-up term is `blowScale · exp((x − blowAt) / blowWidth)`. */
  readonly blowAt: number;
  readonly blowWidth: number;
  readonly blowScale: number;
  /** Losses above this multiple of L(0) are reported as NaN (the trial diverged). */
  readonly divergeFactor: number;
  /**
   * When set, the descent is not a Richards curve but a sum of stages, each a reflected Gompertz
   * 1 − exp(−exp((x − centre − offset) / width)) carrying `fraction` of the drop (fractions sum to 1).
   */
  readonly stages?: readonly { readonly fraction: number; readonly offset: number }[];
  /** When set, the blow-up is `blowScale · ((x − blowAt) / blowWidth)^blowPower` past blowAt (0 before), not exponential. */
  readonly blowPower?: number;
}

/** The noise-free loss at x = log10(lr) (finite or NaN past the divergence). */
export function curveLoss(p: CurveParams, x: number): number {
  const s = p.stages
    ? p.stages.reduce((sum, stage) => sum + stage.fraction * -Math.expm1(-Math.exp((x - p.centre - stage.offset) / p.width)), 0)
    : (1 + p.shape * Math.exp(-(x - p.centre) / p.width)) ** (-1 / p.shape);
  const blow =
    p.blowPower === undefined
      ? p.blowScale * Math.exp((x - p.blowAt) / p.blowWidth)
      : p.blowScale * Math.max(0, (x - p.blowAt) / p.blowWidth) ** p.blowPower;
  const loss = p.l0 - p.drop * s + blow;
  return loss > p.divergeFactor * p.l0 ? Number.NaN : loss;
}

/** The loss at a learning rate; lr = 0 gives L(0). */
export function curveLossAtLr(p: CurveParams, lr: number): number {
  return lr === 0 ? p.l0 : curveLoss(p, Math.log10(lr));
}

/** Points of interest in x, computed densely on the noise-free curve with the paper's definitions. */
export interface Truth {
  readonly minX: number;
  readonly maxX: number;
  readonly halfX: number;
  readonly steepestX: number;
  readonly midX: number;
}

/**
 * The noise-free points of interest: a 1e-4-decade grid over [fromX, toX] with central differences,
 * then the same definitions as the analysis (minimum; half-loss crossing left of it; curvature
 * minimum left of that; most negative slope from minLr to the basin's lower edge).
 */
export function truthOf(p: CurveParams, fromX: number, toX: number): Truth {
  const step = 1e-4;
  const e = 1e-4;
  const xs: number[] = [];
  const ys: number[] = [];
  const d1: number[] = [];
  const k: number[] = [];
  for (let x = fromX; x <= toX; x += step) {
    const y = curveLoss(p, x);
    if (!Number.isFinite(y)) break;
    const yp = curveLoss(p, x + e);
    const ym = curveLoss(p, x - e);
    const dy = (yp - ym) / (2 * e);
    const d2y = (yp - 2 * y + ym) / (e * e);
    xs.push(x);
    ys.push(y);
    d1.push(dy);
    k.push(d2y / (1 + dy * dy) ** 1.5);
  }
  let iMin = 0;
  ys.forEach((y, i) => {
    if (y < ys[iMin]!) iMin = i;
  });
  const target = (p.l0 + ys[iMin]!) / 2;
  let j = iMin;
  while (j > 0 && ys[j]! < target) j -= 1;
  const y0 = ys[j]!;
  const y1 = ys[j + 1]!;
  const halfX = xs[j]! + ((y0 - target) / (y0 - y1)) * step;
  let iK = 0;
  for (let i = 0; i <= j; i += 1) if (k[i]! < k[iK]!) iK = i;
  // The steepest descent, as the analysis defines it: between the knee and the basin's edge (see basinEdgeX).
  const ceiling = ys[iMin]! + DEFAULT_BASIN_FRACTION * (p.l0 - ys[iMin]!);
  let iB = iMin;
  while (iB > iK && ys[iB - 1]! <= ceiling) iB -= 1;
  let iS = iK;
  for (let i = iK; i <= iB; i += 1) if (d1[i]! < d1[iS]!) iS = i;
  const minX = xs[iK]!;
  const maxX = xs[iMin]!;
  return { minX, maxX, halfX, steepestX: xs[iS]!, midX: (minX + maxX) / 2 };
}

/** A small seeded generator (mulberry32), uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random curve whose window sits inside 1e-7 .. 10 with its blow-up before 10. */
export function randomCurve(random: () => number): CurveParams {
  const l0 = 1 + 2 * random();
  const drop = l0 * (0.4 + 0.45 * random());
  const centre = -5 + 3 * random();
  const width = 0.2 + 0.3 * random();
  const shape = Math.exp(Math.log(0.3) + (Math.log(3) - Math.log(0.3)) * random());
  const blowAt = centre + 1.2 + 1.3 * random();
  const blowWidth = 0.12 + 0.2 * random();
  const blowScale = drop * (0.05 + 0.1 * random());
  return { l0, drop, centre, width, shape, blowAt, blowWidth, blowScale, divergeFactor: 10 };
}

/** Frozen noise: a deterministic standard normal for (seed, lr), so a repeated trial repeats its loss. */
export function frozenNormal(seed: number, lr: number): number {
  const bits = new Float64Array([lr]);
  const words = new Uint32Array(bits.buffer);
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const word of words) {
    h = Math.imul(h ^ word, 0x85ebca6b) >>> 0;
    h = (h ^ (h >>> 13)) >>> 0;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  const random = seededRandom(h);
  const u1 = Math.max(random(), 1e-12);
  const u2 = random();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A noise profile in x: σ(x) as a fraction of the curve's drop. */
export type NoiseProfile = (x: number) => number;

/**
 * Heteroscedastic noise like real step-sampling trials: nearly exact on the plateau and the descent,
 * scattering near the minimum where training approaches instability. σ(x)/drop = `base` +
 * `bump` · logistic((x − onset) / 0.07), with onset `lead` decades left of the true maxLr, so the
 * bump is fully on at maxLr and stays on over the rise beyond it.
 */
export function rampNoise(maxX: number, base: number, bump: number, lead: number): NoiseProfile {
  const onset = maxX - lead;
  return (x) => base + bump / (1 + Math.exp(-(x - onset) / 0.07));
}

/**
 * A random curve with a narrow dip: a steep descent that the blow-up cuts off within a few tenths of a
 * decade, so the whole dip (knee to minimum to blow-up) spans less than one or two coarse steps, like a
 * small CNN with SGD + momentum at 20 steps. Its window sits inside 1e-6 .. 1.
 */
export function narrowDipCurve(random: () => number): CurveParams {
  const l0 = 1 + 2 * random();
  const drop = l0 * (0.3 + 0.4 * random());
  const centre = -4 + 3 * random();
  const width = 0.08 + 0.1 * random();
  const shape = Math.exp(Math.log(0.5) + (Math.log(2) - Math.log(0.5)) * random());
  const blowAt = centre + 0.35 + 0.35 * random();
  const blowWidth = 0.04 + 0.05 * random();
  const blowScale = drop * (0.05 + 0.1 * random());
  return { l0, drop, centre, width, shape, blowAt, blowWidth, blowScale, divergeFactor: 10 };
}

/**
 * A random curve from outside the family above, for checking that nothing is tuned to it: the descent
 * is two or three stages, each a reflected Gompertz in x (a loss direction that 20 steps at rate lr
 * shrink like exp(−c · lr)), 0.3-1.2 decades apart with random shares of the drop; the blow-up starts
 * at a threshold and rises as a power (1.5-3) of the distance past it, not exponentially. Its window
 * sits inside 1e-7 .. 10.
 */
export function otherShapeCurve(random: () => number): CurveParams {
  const l0 = 1 + 2 * random();
  const drop = l0 * (0.4 + 0.45 * random());
  const centre = -5.5 + 3 * random();
  const width = 0.25 + 0.25 * random();
  const count = random() < 0.5 ? 2 : 3;
  const raw = Array.from({ length: count }, () => 0.2 + random());
  const total = raw.reduce((a, b) => a + b, 0);
  let offset = 0;
  const stages = raw.map((share, i) => {
    if (i > 0) offset += 0.3 + 0.9 * random();
    return { fraction: share / total, offset };
  });
  const blowAt = centre + offset + 0.3 + 0.7 * random();
  const blowWidth = 0.3 + 0.4 * random();
  const blowPower = 1.5 + 1.5 * random();
  const blowScale = drop * (0.3 + 0.4 * random());
  return { l0, drop, centre, width, shape: 1, blowAt, blowWidth, blowScale, divergeFactor: 10, stages, blowPower };
}
