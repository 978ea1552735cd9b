import { createRequire as __lrSweepCreateRequire } from 'node:module'; const require = __lrSweepCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/analysis/types.ts
function isPaperMethod(method) {
  return PAPER_METHODS.includes(method);
}
var METHODS, PAPER_METHODS;
var init_types = __esm({
  "src/analysis/types.ts"() {
    "use strict";
    METHODS = ["midpoint", "halfLoss", "steepest", "basin"];
    PAPER_METHODS = ["midpoint", "halfLoss", "steepest"];
  }
});

// src/errors.ts
function isUserError(error) {
  return error instanceof UsageError || error instanceof TrialError || error instanceof ConfigError || error instanceof OutputError;
}
var UsageError, TrialError, ConfigError, InterruptedError, OutputError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    UsageError = class extends Error {
      name = "UsageError";
    };
    TrialError = class extends Error {
      constructor(message, lr) {
        super(message);
        this.lr = lr;
      }
      lr;
      name = "TrialError";
    };
    ConfigError = class extends Error {
      name = "ConfigError";
    };
    InterruptedError = class extends Error {
      constructor(signal) {
        super(`interrupted (${signal})`);
        this.signal = signal;
      }
      signal;
      name = "InterruptedError";
    };
    OutputError = class extends Error {
      constructor(path, reason, fallback) {
        super(`cannot write ${path} (${reason}); the results are in ${fallback} instead`);
        this.path = path;
        this.reason = reason;
        this.fallback = fallback;
      }
      path;
      reason;
      fallback;
      name = "OutputError";
    };
  }
});

// src/analysis/banded.ts
function choleskyPenta(a) {
  const m = a.d0.length;
  const l0 = new Float64Array(m);
  const l1 = new Float64Array(m);
  const l2 = new Float64Array(m);
  for (let i = 0; i < m; i += 1) {
    if (i >= 2) l2[i] = a.d2[i - 2] / l0[i - 2];
    if (i >= 1) l1[i] = (a.d1[i - 1] - (i >= 2 ? l2[i] * l1[i - 1] : 0)) / l0[i - 1];
    const pivot = a.d0[i] - l1[i] * l1[i] - l2[i] * l2[i];
    if (!(pivot > 0)) throw new Error("choleskyPenta: matrix is not positive definite");
    l0[i] = Math.sqrt(pivot);
  }
  return { l0, l1, l2 };
}
function solvePenta(factor, b) {
  const { l0, l1, l2 } = factor;
  const m = l0.length;
  const z = new Float64Array(m);
  for (let i = 0; i < m; i += 1) {
    let s = b[i];
    if (i >= 1) s -= l1[i] * z[i - 1];
    if (i >= 2) s -= l2[i] * z[i - 2];
    z[i] = s / l0[i];
  }
  const x = new Float64Array(m);
  for (let i = m - 1; i >= 0; i -= 1) {
    let s = z[i];
    if (i + 1 < m) s -= l1[i + 1] * x[i + 1];
    if (i + 2 < m) s -= l2[i + 2] * x[i + 2];
    x[i] = s / l0[i];
  }
  return x;
}
var init_banded = __esm({
  "src/analysis/banded.ts"() {
    "use strict";
  }
});

// src/analysis/spline.ts
function qRowTimes(system, row, z) {
  let sum = 0;
  for (let c = Math.max(0, row - 2); c <= Math.min(row, system.m - 1); c += 1) sum += system.qEntry(row, c) * z[c];
  return sum;
}
function weightedSquares(system, z, scales) {
  let sum = 0;
  for (let j = 0; j < system.m + 2; j += 1) sum += qRowTimes(system, j, z) ** 2 * scales(j);
  return sum;
}
function interiorSecondDerivatives(system, y) {
  const { m, qEntry, factor } = system;
  const qty = new Float64Array(m);
  for (let c = 0; c < m; c += 1) qty[c] = qEntry(c, c) * y[c] + qEntry(c + 1, c) * y[c + 1] + qEntry(c + 2, c) * y[c + 2];
  return solvePenta(factor, qty);
}
function knotSecondDerivatives(span, inner) {
  const scale = 1 / (span * span);
  return [0, ...Array.from(inner, (v) => v * scale), 0];
}
function reinschSystem(x, w, alpha) {
  const n = x.length;
  const x0 = x[0];
  const span = x[n - 1] - x0;
  const t = x.map((v) => (v - x0) / span);
  const h = new Float64Array(n - 1);
  for (let i = 0; i < n - 1; i += 1) h[i] = t[i + 1] - t[i];
  const m = n - 2;
  const qLow = new Float64Array(m);
  const qMid = new Float64Array(m);
  const qHigh = new Float64Array(m);
  for (let c = 0; c < m; c += 1) {
    qLow[c] = 1 / h[c];
    qMid[c] = -1 / h[c] - 1 / h[c + 1];
    qHigh[c] = 1 / h[c + 1];
  }
  const qEntry = (row, c) => {
    if (c < 0 || c >= m) return 0;
    const offset = row - c;
    return offset === 0 ? qLow[c] : offset === 1 ? qMid[c] : offset === 2 ? qHigh[c] : 0;
  };
  const mat = { d0: new Float64Array(m), d1: new Float64Array(m), d2: new Float64Array(m) };
  for (let row = 0; row < n; row += 1) {
    const inv = 1 / w[row];
    for (let c = row - 2; c <= row; c += 1) {
      if (c < 0 || c >= m) continue;
      const a = qEntry(row, c);
      for (let d = c; d <= Math.min(row, m - 1); d += 1) {
        const b = qEntry(row, d);
        const v = a * b * inv;
        if (d === c) mat.d0[c] = mat.d0[c] + v;
        else if (d === c + 1) mat.d1[c] = mat.d1[c] + v;
        else mat.d2[c] = mat.d2[c] + v;
      }
    }
  }
  const band = { d0: new Float64Array(m), d1: new Float64Array(m), d2: new Float64Array(m) };
  for (let c = 0; c < m; c += 1) {
    band.d0[c] = (h[c] + h[c + 1]) / 3 + alpha * mat.d0[c];
    if (c + 1 < m) band.d1[c] = h[c + 1] / 6 + alpha * mat.d1[c];
    if (c + 2 < m) band.d2[c] = alpha * mat.d2[c];
  }
  return { span, m, qEntry, mat, factor: choleskyPenta(band) };
}
function fitSmoothingSpline(x, y, w, alpha) {
  const n = x.length;
  const system = reinschSystem(x, w, alpha);
  const { span, m, mat, factor } = system;
  const gammaInner = interiorSecondDerivatives(system, y);
  const g = new Array(n);
  let rss = 0;
  for (let row = 0; row < n; row += 1) {
    g[row] = y[row] - alpha * qRowTimes(system, row, gammaInner) / w[row];
    rss += w[row] * (y[row] - g[row]) ** 2;
  }
  let traceResidual = 0;
  const column = new Float64Array(m);
  for (let c = 0; c < m; c += 1) {
    column.fill(0);
    column[c] = mat.d0[c];
    if (c >= 1) column[c - 1] = mat.d1[c - 1];
    if (c >= 2) column[c - 2] = mat.d2[c - 2];
    if (c + 1 < m) column[c + 1] = mat.d1[c];
    if (c + 2 < m) column[c + 2] = mat.d2[c];
    traceResidual += solvePenta(factor, column)[c];
  }
  const edf = n - alpha * traceResidual;
  const gamma = knotSecondDerivatives(span, gammaInner);
  return { spline: { x: [...x], g, gamma }, rss, edf, alpha };
}
function residualVariance(x, w, alpha, counts) {
  const n = x.length;
  const system = reinschSystem(x, w, alpha);
  const { m, qEntry, factor } = system;
  const out = [];
  const q = new Float64Array(m);
  for (let i = 0; i < n; i += 1) {
    q.fill(0);
    for (let c = Math.max(0, i - 2); c <= Math.min(i, m - 1); c += 1) q[c] = qEntry(i, c);
    const sum = weightedSquares(system, solvePenta(factor, q), (j) => 1 / counts[j]);
    out.push((alpha / w[i]) ** 2 * sum);
  }
  return out;
}
function secondDerivativeVariances(x, w, alpha, variances) {
  const system = reinschSystem(x, w, alpha);
  const { span, m, factor } = system;
  const out = [0];
  const unit = new Float64Array(m);
  for (let c = 0; c < m; c += 1) {
    unit.fill(0);
    unit[c] = 1;
    out.push(weightedSquares(system, solvePenta(factor, unit), (j) => variances[j]) / span ** 4);
  }
  out.push(0);
  return out;
}
function interpolatingSpline(x, y) {
  const system = reinschSystem(x, x.map(() => 1), 0);
  return { x: [...x], g: [...y], gamma: knotSecondDerivatives(system.span, interiorSecondDerivatives(system, y)) };
}
function pieceIndex(knots, x) {
  let lo = 0;
  let hi = knots.length - 2;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (knots[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function evaluateSpline(spline, xAt) {
  const { x, g, gamma } = spline;
  const clamped = Math.min(Math.max(xAt, x[0]), x[x.length - 1]);
  const i = pieceIndex(x, clamped);
  const h = x[i + 1] - x[i];
  const a = (x[i + 1] - clamped) / h;
  const b = 1 - a;
  const g0 = g[i];
  const g1 = g[i + 1];
  const c0 = gamma[i];
  const c1 = gamma[i + 1];
  const y = a * g0 + b * g1 + ((a * a * a - a) * c0 + (b * b * b - b) * c1) * h * h / 6;
  const dy = (g1 - g0) / h - (3 * a * a - 1) * h * c0 / 6 + (3 * b * b - 1) * h * c1 / 6;
  const d2y = a * c0 + b * c1;
  return { y, dy, d2y };
}
var init_spline = __esm({
  "src/analysis/spline.ts"() {
    "use strict";
    init_banded();
  }
});

// src/analysis/curve.ts
function curvature(dy, d2y) {
  return d2y / (1 + dy * dy) ** 1.5;
}
function curvatureAt(spline, x) {
  const p = evaluateSpline(spline, x);
  return curvature(p.dy, p.d2y);
}
function denseCurve(spline) {
  const first = spline.x[0];
  const last = spline.x[spline.x.length - 1];
  const count = Math.max(201, Math.ceil((last - first) / GRID_STEP) + 1);
  const x = [];
  const y = [];
  const dy = [];
  const d2y = [];
  const k = [];
  for (let i = 0; i < count; i += 1) {
    const xi = i === count - 1 ? last : first + (last - first) * i / (count - 1);
    const p = evaluateSpline(spline, xi);
    x.push(xi);
    y.push(p.y);
    dy.push(p.dy);
    d2y.push(p.d2y);
    k.push(curvature(p.dy, p.d2y));
  }
  return { x, y, dy, d2y, curvature: k };
}
var GRID_STEP;
var init_curve = __esm({
  "src/analysis/curve.ts"() {
    "use strict";
    init_spline();
    GRID_STEP = 5e-3;
  }
});

// src/analysis/noise.ts
function localNoise(input) {
  const { x, residuals: residuals2, spread } = input;
  const n = x.length;
  const pooled = pooledNoiseVariance(residuals2, spread, n);
  return x.map((xi) => {
    const distances = x.map((xj) => Math.abs(xj - xi)).sort((a, b) => a - b);
    const h = Math.min(MAX_NOISE_BANDWIDTH, Math.max(NOISE_BANDWIDTH, distances[Math.min(NOISE_NEIGHBOURS, n - 1)]));
    let num = 0;
    let den = 0;
    let den2 = 0;
    for (let j = 0; j < n; j += 1) {
      const k = Math.exp(-0.5 * ((x[j] - xi) / h) ** 2);
      num += k * residuals2[j] ** 2;
      den += k * spread[j];
      den2 += (k * spread[j]) ** 2;
    }
    if (!(den > 0)) return Math.sqrt(pooled);
    const df = den * den / den2;
    const local = num / den;
    return Math.sqrt((PRIOR_DF * pooled + df * local) / (PRIOR_DF + df));
  });
}
function pooledNoiseVariance(residuals2, spread, count) {
  let squares = 0;
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    squares += residuals2[i] ** 2;
    total += spread[i];
  }
  return total > 0 ? squares / total : 0;
}
var NOISE_BANDWIDTH, NOISE_NEIGHBOURS, MAX_NOISE_BANDWIDTH, PRIOR_DF;
var init_noise = __esm({
  "src/analysis/noise.ts"() {
    "use strict";
    NOISE_BANDWIDTH = 0.1;
    NOISE_NEIGHBOURS = 4;
    MAX_NOISE_BANDWIDTH = 0.5;
    PRIOR_DF = 4;
  }
});

// src/analysis/knee.ts
function kneeFit(data, fit, upToX) {
  const { y, counts, weights, alpha, pilotResiduals, pilotSpread } = data;
  const x = fit.spline.x;
  let region = 0;
  while (region < x.length && x[region] <= upToX) region += 1;
  const noise = pooledNoiseVariance(pilotResiduals, pilotSpread, region);
  const variances = counts.map((c) => noise / c);
  for (let factor = 1; factor <= MAX_SMOOTHING_FACTOR; factor *= SMOOTHING_STEP) {
    const candidate = factor === 1 ? fit.spline : fitSmoothingSpline(x, y, weights, alpha * factor).spline;
    const secondVariance = secondDerivativeVariances(x, weights, alpha * factor, variances);
    let deepest = 0;
    let widest = 0;
    for (let i = 1; i < Math.min(region, x.length - 1); i += 1) {
      const flattening = (1 + evaluateSpline(candidate, x[i]).dy ** 2) ** 1.5;
      deepest = Math.min(deepest, candidate.gamma[i] / flattening);
      widest = Math.max(widest, Math.sqrt(secondVariance[i]) / flattening);
    }
    if (!(deepest < 0) && factor === 1) break;
    if (deepest < 0 && KNEE_SIGNIFICANCE * widest <= -deepest) {
      return { spline: candidate, curve: factor === 1 ? fit.curve : denseCurve(candidate), factor };
    }
  }
  return { ...fit, factor: 1 };
}
var KNEE_SIGNIFICANCE, SMOOTHING_STEP, MAX_SMOOTHING_FACTOR;
var init_knee = __esm({
  "src/analysis/knee.ts"() {
    "use strict";
    init_curve();
    init_noise();
    init_spline();
    KNEE_SIGNIFICANCE = 3;
    SMOOTHING_STEP = 2;
    MAX_SMOOTHING_FACTOR = 2 ** 13;
  }
});

// src/numbers.ts
function displayLr(lr) {
  if (lr === null || !Number.isFinite(lr)) return "\u2014";
  if (lr === 0) return "0";
  return lr.toExponential(2);
}
function exactLr(lr) {
  if (!Number.isFinite(lr) || lr < 0) throw new RangeError(`exactLr: lr must be finite and >= 0, got ${lr}`);
  return String(lr);
}
var init_numbers = __esm({
  "src/numbers.ts"() {
    "use strict";
  }
});

// src/names.ts
function methodColumn(column) {
  const table = METHOD_NAMES;
  return Object.fromEntries(METHODS.map((m) => [m, table[m][column]]));
}
function shownMethods(selected) {
  return METHODS.filter((m) => isPaperMethod(m) || m === selected);
}
var METHOD_NAMES, METHOD_CLI_NAMES, METHOD_BY_INPUT, METHOD_BY_CLI, RUN_SETTING_NAMES, SETTING_NAMES;
var init_names = __esm({
  "src/names.ts"() {
    "use strict";
    init_types();
    METHOD_NAMES = {
      midpoint: { cli: "midpoint", input: "midpoint", label: "midpoint", paperNumber: 1, colour: "#ff7f0e", dash: [1, 0], output: "lr-midpoint" },
      halfLoss: { cli: "half-loss", input: "half-loss", label: "halfLoss", paperNumber: 2, colour: "#1f77b4", dash: [6, 3], output: "lr-half-loss" },
      steepest: { cli: "steepest", input: "steepest", label: "steepest", paperNumber: 3, colour: "#2ca02c", dash: [2, 2.5], output: "lr-steepest" },
      basin: { cli: "basin", input: "basin", label: "basin", paperNumber: null, colour: "#e377c2", dash: [8, 2, 2, 2, 2, 2], output: "lr-basin" }
    };
    METHOD_CLI_NAMES = METHODS.map((m) => METHOD_NAMES[m].cli);
    METHOD_BY_INPUT = Object.fromEntries(METHODS.map((m) => [METHOD_NAMES[m].input, m]));
    METHOD_BY_CLI = Object.fromEntries(METHODS.map((m) => [METHOD_NAMES[m].cli, m]));
    RUN_SETTING_NAMES = {
      repeats: "repeats",
      backend: "backend",
      devices: "devices",
      trialTimeout: "trial-timeout",
      divergeFactor: "diverge-factor",
      cache: "cache",
      cacheKeyFiles: "cache-key-files",
      cacheMaxMb: "cache-max-mb",
      shard: "shard"
    };
    SETTING_NAMES = {
      startLr: "start-lr",
      endLr: "end-lr",
      coarseStep: "coarse-step",
      threshold: "threshold",
      maxTrials: "max-trials",
      steps: "steps",
      seed: "seed",
      parallel: "parallel",
      method: "method",
      strictRange: "strict-range"
    };
  }
});

// src/analysis/messages.ts
function formatLoss(loss) {
  return Number(loss.toPrecision(4)).toString();
}
function invalidSampleLr(lr, index) {
  return `sample ${index + 1} has lr ${String(lr)}: learning rates must be finite numbers >= 0 (lr = 0 gives L(0))`;
}
function invalidLossAtZero(value) {
  return `lossAtZero ${String(value)} is not allowed: it must be a finite number (the untrained model's validation loss)`;
}
function tooFewSamples(finite, smallestDiverged, name = neutralName) {
  const where = smallestDiverged !== null ? `training diverged from lr ${displayLr(smallestDiverged)}: lower ${name("startLr")} or ${name("endLr")} so more trials stay finite` : `widen the range (${name("startLr")}, ${name("endLr")}) or lower ${name("coarseStep")}`;
  return `only ${finite} distinct learning rate${finite === 1 ? "" : "s"} gave a finite loss (4 are needed): ${where}`;
}
function allDiverged(smallestLr, name = neutralName) {
  return `every trial diverged, even at the smallest lr tried (${displayLr(smallestLr)}): lower ${name("startLr")} or check the training command`;
}
function noLossAtZero(ran) {
  return ran ? "the lr = 0 trial gave no finite loss, so L(0) is unknown: the untrained model's loss must be finite (check the loss the training command reports at lr 0) or pass lossAtZero" : "there is no finite loss at lr = 0, so L(0) is unknown: add an lr = 0 trial (a row with lr 0) or pass lossAtZero";
}
function noDescent(lossAtZero, lowest, margin, name = neutralName) {
  return `the loss never falls meaningfully below L(0) = ${formatLoss(lossAtZero)} (lowest fitted ${formatLoss(lowest)}, needed below ${formatLoss(lossAtZero - margin)}): raise ${name("steps")} or ${name("endLr")}, or check that the training command learns`;
}
function minAtStart(startLr, name = neutralName) {
  return `the loss is lowest at the smallest lr tried (${displayLr(startLr)}): lower ${name("startLr")}`;
}
function stillFalling(endLr, name = neutralName) {
  return `the loss is still falling at the largest lr tried (${displayLr(endLr)}): raise ${name("endLr")}`;
}
function descentBeforeStart(startLr, name = neutralName) {
  return `the loss is already falling at the smallest lr tried (${displayLr(startLr)}), so the knee is out of range: lower ${name("startLr")}`;
}
function noKnee(halfLossLr, name = neutralName) {
  return `the curve has no knee (no bend into the descent) left of the half-loss lr ${displayLr(halfLossLr)}: lower ${name("startLr")} or lower ${name("coarseStep")} for a finer grid`;
}
function wordNoWindow(facts, name = neutralName) {
  switch (facts.kind) {
    case "too-few-samples":
      return tooFewSamples(facts.finite, facts.smallestDiverged, name);
    case "all-diverged":
      return allDiverged(facts.smallestLr, name);
    case "no-loss-at-zero":
      return noLossAtZero(facts.ran);
    case "no-descent":
      return noDescent(facts.lossAtZero, facts.lowest, facts.margin, name);
    case "min-at-start":
      return minAtStart(facts.startLr, name);
    case "still-falling":
      return stillFalling(facts.endLr, name);
    case "descent-before-start":
      return descentBeforeStart(facts.startLr, name);
    case "no-knee":
      return noKnee(facts.halfLossLr, name);
  }
}
function noWindowFrom(facts) {
  return { code: CODES[facts.kind], facts, message: wordNoWindow(facts) };
}
var neutralName, CODES;
var init_messages = __esm({
  "src/analysis/messages.ts"() {
    "use strict";
    init_numbers();
    init_names();
    neutralName = (key) => SETTING_NAMES[key];
    CODES = {
      "too-few-samples": "too-few-samples",
      "all-diverged": "all-diverged",
      "no-loss-at-zero": "no-loss-at-zero",
      "no-descent": "no-descent",
      "min-at-start": "min-at-start",
      "still-falling": "still-falling",
      "descent-before-start": "no-knee",
      "no-knee": "no-knee"
    };
  }
});

// src/analysis/picks.ts
function picksFromWindow(points) {
  const midX = (points.minX + points.maxX) / 2;
  return {
    midpoint: 10 ** midX,
    halfLoss: 10 ** points.halfX,
    steepest: 10 ** points.steepestX,
    basin: 10 ** basinPickX(midX, points.basinX)
  };
}
function basinPickX(midX, basinX) {
  return Number.isNaN(basinX) ? midX : Math.max(midX, basinX);
}
var init_picks = __esm({
  "src/analysis/picks.ts"() {
    "use strict";
  }
});

// src/analysis/prepare.ts
function prepareSamples(samples, lossAtZeroOption) {
  if (lossAtZeroOption !== void 0 && !Number.isFinite(lossAtZeroOption)) {
    throw new UsageError(invalidLossAtZero(lossAtZeroOption));
  }
  const sums = /* @__PURE__ */ new Map();
  const divergedSet = /* @__PURE__ */ new Set();
  let zeroSum = 0;
  let zeroCount = 0;
  samples.forEach((sample, index) => {
    const { lr, loss } = sample;
    if (typeof lr !== "number" || !Number.isFinite(lr) || lr < 0) throw new UsageError(invalidSampleLr(lr, index));
    const finite = typeof loss === "number" && Number.isFinite(loss);
    if (lr === 0) {
      if (finite) {
        zeroSum += loss;
        zeroCount += 1;
      }
      return;
    }
    if (!finite) {
      divergedSet.add(lr);
      return;
    }
    const entry = sums.get(lr) ?? { sum: 0, count: 0 };
    entry.sum += loss;
    entry.count += 1;
    sums.set(lr, entry);
  });
  const sorted = [...sums.entries()].map(([lr, { sum, count }]) => ({ x: Math.log10(lr), y: sum / count, count })).sort((a, b) => a.x - b.x);
  const points = [];
  for (const p of sorted) {
    const last = points[points.length - 1];
    if (last && p.x - last.x < SAME_LR_DECADES) {
      const count = last.count + p.count;
      points[points.length - 1] = { x: last.x, y: (last.y * last.count + p.y * p.count) / count, count };
    } else {
      points.push(p);
    }
  }
  const diverged = [...divergedSet].filter((lr) => !sums.has(lr)).sort((a, b) => a - b);
  const lossAtZero = lossAtZeroOption ?? (zeroCount > 0 ? zeroSum / zeroCount : null);
  return { points, diverged, lossAtZero };
}
var SAME_LR_DECADES;
var init_prepare = __esm({
  "src/analysis/prepare.ts"() {
    "use strict";
    init_errors();
    init_messages();
    SAME_LR_DECADES = 1e-9;
  }
});

// src/analysis/gcv.ts
function gcvScore(fit, n, penalty) {
  const slack = n - penalty * fit.edf;
  if (slack <= 1e-9 * n) return Number.POSITIVE_INFINITY;
  return n * fit.rss / (slack * slack);
}
function residualNoise(fit, n) {
  const dof = n - fit.edf;
  return dof > 1e-6 ? Math.sqrt(Math.max(fit.rss, 0) / dof) : 0;
}
function gcvFit(x, y, w, penalty) {
  const n = x.length;
  const at = (logAlpha) => {
    const fit = fitSmoothingSpline(x, y, w, 10 ** logAlpha);
    return { fit, score: gcvScore(fit, n, penalty), log: logAlpha };
  };
  const [lo, hi] = LOG_ALPHA_RANGE;
  let best = at(hi);
  for (let p = hi - LOG_ALPHA_STEP; p >= lo - 1e-9; p -= LOG_ALPHA_STEP) {
    const candidate = at(p);
    if (candidate.score < best.score * (1 - 1e-9)) best = candidate;
  }
  let a = Math.max(lo, best.log - LOG_ALPHA_STEP);
  let b = Math.min(hi, best.log + LOG_ALPHA_STEP);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = at(b - ratio * (b - a));
  let d = at(a + ratio * (b - a));
  for (let k = 0; k < 16; k += 1) {
    if (c.score <= d.score) {
      b = d.log;
      d = c;
      c = at(b - ratio * (b - a));
    } else {
      a = c.log;
      c = d;
      d = at(a + ratio * (b - a));
    }
  }
  for (const candidate of [c, d]) if (candidate.score < best.score) best = candidate;
  return { ...best.fit, logAlpha: best.log };
}
function adaptivePenalty(sigma, fitted) {
  const range = Math.max(...fitted) - Math.min(...fitted);
  const ratio = range > 0 ? sigma / range : 0;
  return 1 + (MAX_PENALTY - 1) * Math.min(1, ratio / NOISE_SCALE);
}
var LOG_ALPHA_RANGE, LOG_ALPHA_STEP, MAX_PENALTY, NOISE_SCALE;
var init_gcv = __esm({
  "src/analysis/gcv.ts"() {
    "use strict";
    init_spline();
    LOG_ALPHA_RANGE = [-13, 3];
    LOG_ALPHA_STEP = 0.25;
    MAX_PENALTY = 1.5;
    NOISE_SCALE = 5e-3;
  }
});

// src/analysis/reweight.ts
function chooseWeightedSmoothing(x, y, counts) {
  const n = x.length;
  const pilot = gcvFit(x, y, counts, 1);
  const sigma = residualNoise(pilot, n);
  const penalty = adaptivePenalty(sigma, pilot.spline.g);
  const range = Math.max(...pilot.spline.g) - Math.min(...pilot.spline.g);
  const floor = NOISE_FLOOR * range;
  let plain = pilot;
  let weights = [...counts];
  let noise = x.map(() => floor);
  const pilotResiduals = y.map((v, i) => v - pilot.spline.g[i]);
  let pilotSpread = [];
  for (let pass = 0; pass < REWEIGHT_PASSES; pass += 1) {
    const spread = residualVariance(x, weights, plain.alpha, counts);
    const local = localNoise({ x, residuals: y.map((v, i) => v - plain.spline.g[i]), spread });
    if (pass === 0) pilotSpread = spread;
    if (!local.some((s) => s > floor)) break;
    noise = local.map((s) => Math.max(s, floor));
    const raw = noise.map((s, i) => counts[i] / (s * s));
    const top = Math.max(...raw);
    weights = raw.map((v) => v / top);
    if (pass + 1 < REWEIGHT_PASSES) plain = gcvFit(x, y, weights, 1);
  }
  const fit = penalty > 1 || weights.some((v, i) => v !== counts[i]) ? gcvFit(x, y, weights, penalty) : pilot;
  return { ...fit, penalty, sigma, noise, pilotResiduals, pilotSpread, weights };
}
var NOISE_FLOOR, REWEIGHT_PASSES;
var init_reweight = __esm({
  "src/analysis/reweight.ts"() {
    "use strict";
    init_gcv();
    init_noise();
    init_spline();
    NOISE_FLOOR = 1e-3;
    REWEIGHT_PASSES = 2;
  }
});

// src/analysis/robust.ts
function robustPoints(points, lossAtZero) {
  const top = lossAtZero ?? points[0].y;
  let lowest = 0;
  points.forEach((p, i) => {
    if (p.y < points[lowest].y) lowest = i;
  });
  const blowUpLevel = top + BLOW_UP_MARGIN * Math.abs(top);
  let end = points.length;
  for (let i = lowest + 1; i < points.length; i += 1) {
    if (points[i].y > blowUpLevel) {
      end = i;
      break;
    }
  }
  if (end < MIN_FIT_POINTS) end = points.length;
  const drop = Math.max(0, top - points[lowest].y);
  const ceiling = top + Math.max(CEILING_FRACTION * drop, 0.05 * Math.abs(top), Number.MIN_VALUE);
  return {
    points: points.slice(0, end).map((p) => p.y > ceiling ? { ...p, y: ceiling } : p),
    blownUpFrom: end < points.length ? points[end].x : null
  };
}
var CEILING_FRACTION, BLOW_UP_MARGIN, MIN_FIT_POINTS;
var init_robust = __esm({
  "src/analysis/robust.ts"() {
    "use strict";
    CEILING_FRACTION = 0.5;
    BLOW_UP_MARGIN = 0.01;
    MIN_FIT_POINTS = 4;
  }
});

// src/analysis/leastSquares.ts
function levenbergMarquardt(residualsOf, start, maxIterations, jacobianOf = (theta) => centralDifferences(residualsOf, theta)) {
  const sumOfSquares = (r2) => r2.reduce((sum, v) => sum + v * v, 0);
  let theta = [...start];
  let r = residualsOf(theta);
  let rss = sumOfSquares(r);
  if (!Number.isFinite(rss)) return { theta, rss: Number.POSITIVE_INFINITY };
  let damping = START_DAMPING;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const jacobian2 = jacobianOf(theta);
    const normal = jacobian2.map((a) => jacobian2.map((b) => dot(a, b)));
    const gradient2 = jacobian2.map((a) => dot(a, r));
    let improved = false;
    while (damping < MAX_DAMPING) {
      const step = solveLinear(
        normal.map((row, i) => row.map((v, k) => i === k ? v * (1 + damping) + RIDGE : v)),
        gradient2.map((g) => -g)
      );
      const next = step === null ? null : theta.map((v, j) => v + step[j]);
      const rNext = next === null ? null : residualsOf(next);
      const rssNext = rNext === null ? Number.NaN : sumOfSquares(rNext);
      if (next !== null && rNext !== null && rssNext < rss) {
        const converged = rss - rssNext <= CONVERGED * rss;
        theta = next;
        r = rNext;
        rss = rssNext;
        damping = Math.max(damping / 3, MIN_DAMPING);
        improved = !converged;
        break;
      }
      damping *= 10;
    }
    if (!improved) break;
  }
  return { theta, rss };
}
function centralDifferences(residualsOf, theta) {
  return theta.map((value, j) => {
    const h = JACOBIAN_STEP * Math.max(1, Math.abs(value));
    const up = residualsOf(theta.map((v, k) => k === j ? v + h : v));
    const down = residualsOf(theta.map((v, k) => k === j ? v - h : v));
    return up.map((u, i) => (u - down[i]) / (2 * h));
  });
}
function dot(a, b) {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i] * b[i];
  return sum;
}
function solveLinear(a, b) {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let i = col + 1; i < n; i += 1) if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) pivot = i;
    if (!(Math.abs(m[pivot][col]) > 0)) return null;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let i = col + 1; i < n; i += 1) {
      const factor = m[i][col] / m[col][col];
      for (let k = col; k <= n; k += 1) m[i][k] = m[i][k] - factor * m[col][k];
    }
  }
  const s = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = m[i][n];
    for (let k = i + 1; k < n; k += 1) sum -= m[i][k] * s[k];
    s[i] = sum / m[i][i];
  }
  return s.every(Number.isFinite) ? s : null;
}
var CONVERGED, MAX_DAMPING, MIN_DAMPING, START_DAMPING, RIDGE, JACOBIAN_STEP;
var init_leastSquares = __esm({
  "src/analysis/leastSquares.ts"() {
    "use strict";
    CONVERGED = 1e-12;
    MAX_DAMPING = 1e12;
    MIN_DAMPING = 1e-12;
    START_DAMPING = 1e-3;
    RIDGE = 1e-12;
    JACOBIAN_STEP = 1e-6;
  }
});

// src/analysis/shape.ts
function shapeLoss(theta, x) {
  return shapeTerms(theta, x).loss;
}
function shapeLossAndGradient(theta, x) {
  const { loss, descent, u, z, nu, width, blow, blowWidth } = shapeTerms(theta, x);
  const drop = theta[1];
  const c = theta[2];
  const share = u === Number.POSITIVE_INFINITY ? 1 : u / (1 + u);
  const bySlope = descent === 0 ? 0 : descent * share / nu;
  const byShape = descent === 0 ? 0 : descent * (Math.log1p(u) - share) / nu;
  return {
    loss,
    gradient: [1, -descent, drop * bySlope / width - blow / blowWidth, drop * bySlope * z, -drop * byShape, blow, -blow * (x - c) / blowWidth]
  };
}
function shapeTerms(theta, x) {
  const [l0, drop, c, logWidth, logShape, a, logBlowWidth] = theta;
  const nu = Math.exp(logShape);
  const width = Math.exp(logWidth);
  const blowWidth = Math.exp(logBlowWidth);
  const z = (x - c) / width;
  const u = nu * Math.exp(-z);
  const descent = Math.exp(-Math.log1p(u) / nu);
  const blow = Math.exp(a + (x - c) / blowWidth);
  return { loss: l0 - drop * descent + blow, descent, u, z, nu, width, blow, blowWidth };
}
function fitShape(input) {
  const { x, y, weights, fitted, edf, lossAtZero } = input;
  const n = x.length;
  if (n < SHAPE_MIN_POINTS) return null;
  const drop = Math.max(lossAtZero - input.lowest, Number.MIN_VALUE);
  const plateau = { value: lossAtZero, weight: weights[0] };
  const fitFrom = (start, iterations) => levenbergMarquardt(
    (theta2) => residuals(theta2, x, y, weights, plateau),
    start,
    iterations,
    (theta2) => jacobian(theta2, x, weights, plateau)
  );
  const c = input.halfX;
  const width = Math.max(0.05, (input.halfX - input.minX) / 2);
  const starts = START_SHAPES.flatMap(
    (nu) => START_BLOW_WIDTHS.map((b) => [lossAtZero, 1.05 * drop, c, Math.log(width), Math.log(nu), Math.log(0.3 * drop) - (input.maxX + 0.3 - c) / b, Math.log(b)])
  );
  const scouted = starts.map((start) => fitFrom(start, SCOUT_ITERATIONS)).sort((p, q) => p.rss - q.rss);
  const best = scouted.slice(0, KEPT_STARTS).map((fit) => fitFrom(fit.theta, MAX_ITERATIONS)).reduce((found, fit) => found === null || fit.rss < found.rss ? fit : found, null);
  if (best === null || !(best.theta[1] > 0)) return null;
  const theta = best.theta;
  const rssShape = x.reduce((sum, xi, i) => sum + weights[i] * (y[i] - shapeLoss(theta, xi)) ** 2, 0);
  const rssSpline = x.reduce((sum, _, i) => sum + weights[i] * (y[i] - fitted[i]) ** 2, 0);
  const extra = Math.max(edf - 6, 1);
  if (!(rssShape <= rssSpline * (1 + SHAPE_F_LIMIT * extra / Math.max(n - edf, 1)))) return null;
  const first = x[0];
  const last = x[n - 1];
  const count = Math.max(2, Math.ceil((last - first) / GRID_STEP2)) + 1;
  const gx = Array.from({ length: count }, (_, i) => i === count - 1 ? last : first + (last - first) * i / (count - 1));
  const spline = interpolatingSpline(gx, gx.map((v) => shapeLoss(theta, v)));
  return { theta, spline, curve: denseCurve(spline) };
}
function jacobian(theta, x, weights, plateau) {
  const rows = x.map((xi, i) => shapeLossAndGradient(theta, xi).gradient.map((g) => -Math.sqrt(weights[i]) * g));
  return theta.map((_, j) => [...rows.map((row) => row[j]), j === 0 ? -Math.sqrt(plateau.weight) : 0]);
}
function residuals(theta, x, y, weights, plateau) {
  const r = x.map((xi, i) => Math.sqrt(weights[i]) * (y[i] - shapeLoss(theta, xi)));
  r.push(Math.sqrt(plateau.weight) * (plateau.value - theta[0]));
  return r;
}
var SHAPE_F_LIMIT, SHAPE_MIN_POINTS, GRID_STEP2, SCOUT_ITERATIONS, KEPT_STARTS, MAX_ITERATIONS, START_SHAPES, START_BLOW_WIDTHS;
var init_shape = __esm({
  "src/analysis/shape.ts"() {
    "use strict";
    init_curve();
    init_leastSquares();
    init_spline();
    SHAPE_F_LIMIT = 2;
    SHAPE_MIN_POINTS = 10;
    GRID_STEP2 = 0.01;
    SCOUT_ITERATIONS = 15;
    KEPT_STARTS = 3;
    MAX_ITERATIONS = 200;
    START_SHAPES = [0.5, 1, 2];
    START_BLOW_WIDTHS = [0.08, 0.15, 0.3];
  }
});

// src/analysis/basin.ts
function basinEdgeX(curve, window, lossAtZero, options = {}) {
  const fraction = options.fraction ?? DEFAULT_BASIN_FRACTION;
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`basinEdgeX: fraction must be in (0, 1), got ${fraction}`);
  const { minX, maxX } = window;
  if (Number.isNaN(minX) || Number.isNaN(maxX) || Number.isNaN(lossAtZero)) return Number.NaN;
  let top = -1;
  let floor = Number.POSITIVE_INFINITY;
  for (let i2 = 0; i2 < curve.x.length; i2 += 1) {
    const x2 = curve.x[i2];
    if (x2 < minX || x2 > maxX) continue;
    top = i2;
    floor = Math.min(floor, curve.y[i2]);
  }
  if (top < 0) return maxX;
  if (!(lossAtZero > floor)) return Number.NaN;
  const ceiling = floor + fraction * (lossAtZero - floor);
  let i = top;
  while (i > 0 && curve.x[i - 1] >= minX && curve.y[i - 1] <= ceiling) i -= 1;
  if (i === 0 || curve.x[i - 1] < minX) return Math.max(minX, curve.x[i] <= maxX ? curve.x[i] : maxX);
  const x0 = curve.x[i - 1];
  const x1 = curve.x[i];
  const y0 = curve.y[i - 1];
  const y1 = curve.y[i];
  const x = y0 === y1 ? x1 : x0 + (ceiling - y0) * (x1 - x0) / (y1 - y0);
  return Math.min(maxX, Math.max(minX, x));
}
var DEFAULT_BASIN_FRACTION;
var init_basin = __esm({
  "src/analysis/basin.ts"() {
    "use strict";
    DEFAULT_BASIN_FRACTION = 0.1;
  }
});

// src/analysis/extrema.ts
function goldenMinimum(f, a, b, tolerance = LOCATE_TOLERANCE) {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = a;
  let hi = b;
  let c = hi - ratio * (hi - lo);
  let d = lo + ratio * (hi - lo);
  let fc = f(c);
  let fd = f(d);
  while (hi - lo > tolerance) {
    if (fc <= fd) {
      hi = d;
      d = c;
      fd = fc;
      c = hi - ratio * (hi - lo);
      fc = f(c);
    } else {
      lo = c;
      c = d;
      fc = fd;
      d = lo + ratio * (hi - lo);
      fd = f(d);
    }
  }
  const candidates = [
    [a, f(a)],
    [b, f(b)],
    [(lo + hi) / 2, f((lo + hi) / 2)]
  ];
  candidates.sort((p, q) => p[1] - q[1]);
  return candidates[0][0];
}
function bisectRoot(f, a, b, tolerance = LOCATE_TOLERANCE) {
  let lo = a;
  let hi = b;
  let flo = f(lo);
  if (flo === 0) return lo;
  if (f(hi) === 0) return hi;
  while (hi - lo > tolerance) {
    const mid = (lo + hi) / 2;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (fm < 0 === flo < 0) {
      lo = mid;
      flo = fm;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}
function argMin(values, from = 0, to = values.length - 1) {
  let best = -1;
  for (let i = Math.max(0, from); i <= Math.min(to, values.length - 1); i += 1) {
    if (best < 0 || values[i] < values[best]) best = i;
  }
  return best;
}
function nearestIndex(values, x) {
  let j = 0;
  values.forEach((v, i) => {
    if (Math.abs(v - x) < Math.abs(values[j] - x)) j = i;
  });
  return j;
}
var LOCATE_TOLERANCE;
var init_extrema = __esm({
  "src/analysis/extrema.ts"() {
    "use strict";
    LOCATE_TOLERANCE = 1e-7;
  }
});

// src/analysis/window.ts
function locateMinimum(spline, curve) {
  const index = argMin(curve.y);
  const last = curve.x.length - 1;
  if (index === 0 || index === last) return { index, x: curve.x[index] };
  const x = goldenMinimum((v) => evaluateSpline(spline, v).y, curve.x[index - 1], curve.x[index + 1]);
  return { index, x };
}
function findWindow(input) {
  const { spline, curve, lossAtZero, sigma, divergedAbove } = input;
  const xs = curve.x;
  const last = xs.length - 1;
  const minimum = locateMinimum(spline, curve);
  const lowest = evaluateSpline(spline, minimum.x).y;
  const margin = Math.max(MIN_DROP_FRACTION * Math.abs(lossAtZero), NOISE_MULTIPLE * sigma);
  const drop = lossAtZero - lowest;
  if (!(drop > margin)) {
    return noWindowFrom({ kind: "no-descent", lossAtZero, lowest, margin });
  }
  if (minimum.index === 0) return noWindowFrom({ kind: "min-at-start", startLr: 10 ** xs[0] });
  if (minimum.index === last && !divergedAbove) {
    return noWindowFrom({ kind: "still-falling", endLr: 10 ** xs[last] });
  }
  const target = (lossAtZero + lowest) / 2;
  let j = minimum.index;
  while (j >= 0 && curve.y[j] < target) j -= 1;
  if (j < 0 || lossAtZero - curve.y[0] > PLATEAU_FRACTION * drop) {
    return noWindowFrom({ kind: "descent-before-start", startLr: 10 ** xs[0] });
  }
  const halfX = bisectRoot((v) => evaluateSpline(spline, v).y - target, xs[j], Math.min(xs[j + 1], minimum.x));
  const derivatives = input.derivativeFit(halfX);
  const kIndex = argMin(derivatives.curve.curvature, 0, j);
  if (kIndex < 0 || !(derivatives.curve.curvature[kIndex] < 0) || kIndex === 0) {
    return noWindowFrom({ kind: "no-knee", halfLossLr: 10 ** halfX });
  }
  const kHi = Math.min(xs[Math.min(kIndex + 1, last)], halfX);
  const onSpline = goldenMinimum((v) => curvatureAt(derivatives.spline, v), xs[kIndex - 1], Math.max(kHi, xs[kIndex]));
  const minX = Math.min(halfX, knotVertex(derivatives.spline, onSpline) ?? onSpline);
  const basinX = basinEdgeX(curve, { minX, maxX: minimum.x }, lossAtZero);
  const descentEnd = Number.isFinite(basinX) ? basinX : minimum.x;
  let sIndex = -1;
  for (let i = 0; i <= last; i += 1) {
    if (xs[i] < minX || xs[i] > descentEnd) continue;
    if (sIndex < 0 || derivatives.curve.dy[i] < derivatives.curve.dy[sIndex]) sIndex = i;
  }
  const steepestX = sIndex < 0 ? minX : goldenMinimum(
    (v) => evaluateSpline(derivatives.spline, v).dy,
    Math.max(minX, xs[Math.max(sIndex - 1, 0)]),
    Math.min(descentEnd, xs[Math.min(sIndex + 1, last)])
  );
  return { minX, maxX: minimum.x, halfX, steepestX, basinX, derivatives: derivatives.curve };
}
function knotVertex(spline, near) {
  const knots = spline.x;
  const j = nearestIndex(knots, near);
  if (j === 0 || j === knots.length - 1) return null;
  const x0 = knots[j - 1];
  const x1 = knots[j];
  const x2 = knots[j + 1];
  const k0 = curvatureAt(spline, x0);
  const k1 = curvatureAt(spline, x1);
  const k2 = curvatureAt(spline, x2);
  const d01 = (k1 - k0) / (x1 - x0);
  const d12 = (k2 - k1) / (x2 - x1);
  const a = (d12 - d01) / (x2 - x0);
  if (!(a > 0)) return null;
  const vertex = (x0 + x1) / 2 - d01 / (2 * a);
  return Math.min(Math.max(vertex, x0), x2);
}
var MIN_DROP_FRACTION, NOISE_MULTIPLE, PLATEAU_FRACTION;
var init_window = __esm({
  "src/analysis/window.ts"() {
    "use strict";
    init_basin();
    init_curve();
    init_extrema();
    init_messages();
    init_spline();
    MIN_DROP_FRACTION = 0.01;
    NOISE_MULTIPLE = 3;
    PLATEAU_FRACTION = 0.25;
  }
});

// src/analysis/analyze.ts
function noWindow(reason, lossAtZero, fit, divergedFrom) {
  return { minLr: null, maxLr: null, picks: null, lossAtZero, reason, fit, curveModel: fit === null ? null : "spline", divergedFrom };
}
function analyze(samples, options = {}) {
  return analyzeWithFit(samples, options).analysis;
}
function analyzeWithFit(samples, options = {}) {
  const analysis = (a, fit = null) => ({ analysis: a, smooth: fit });
  const { points, diverged, lossAtZero } = prepareSamples(samples, options.lossAtZero);
  if (points.length === 0 && diverged.length > 0) {
    return analysis(noWindow(noWindowFrom({ kind: "all-diverged", smallestLr: diverged[0] }), lossAtZero, null, diverged[0]));
  }
  const usable = points.length === 0 ? 0 : robustPoints(points, lossAtZero).points.length;
  if (usable < MIN_FINITE_SAMPLES) {
    const smallestDiverged = diverged[0] ?? null;
    return analysis(noWindow(noWindowFrom({ kind: "too-few-samples", finite: usable, smallestDiverged }), lossAtZero, null, smallestDiverged));
  }
  const smooth = smoothFit(samples, options);
  const lastX = smooth.spline.x[smooth.spline.x.length - 1];
  const minimum = locateMinimum(smooth.spline, smooth.curve);
  const divergedFrom = diverged.find((lr) => lr > 10 ** minimum.x) ?? null;
  if (lossAtZero === null) {
    return analysis(noWindow(noWindowFrom({ kind: "no-loss-at-zero", ran: samples.some((s) => s.lr === 0) }), null, smooth.curve, divergedFrom), smooth);
  }
  const divergedAbove = smooth.blownUpFrom !== null || diverged.some((lr) => Math.log10(lr) > lastX);
  const splineWindow = findWindow({
    spline: smooth.spline,
    curve: smooth.curve,
    lossAtZero,
    sigma: smooth.sigma,
    divergedAbove,
    derivativeFit: (upToX) => kneeFit(smooth.kneeData, smooth, upToX)
  });
  if ("code" in splineWindow) return analysis(noWindow(splineWindow, lossAtZero, smooth.curve, divergedFrom), smooth);
  const shape = options.shapeModel === false ? null : fitShape({
    x: smooth.spline.x,
    y: smooth.kneeData.y,
    weights: smooth.kneeData.weights,
    fitted: smooth.spline.g,
    edf: smooth.edf,
    lossAtZero,
    minX: splineWindow.minX,
    halfX: splineWindow.halfX,
    maxX: splineWindow.maxX,
    lowest: evaluateSpline(smooth.spline, splineWindow.maxX).y
  });
  const shapeWindow = shape === null ? null : findWindow({ spline: shape.spline, curve: shape.curve, lossAtZero, sigma: smooth.sigma, divergedAbove, derivativeFit: () => shape });
  const { window, lossCurve, curveModel } = shape !== null && shapeWindow !== null && !("code" in shapeWindow) ? { window: shapeWindow, lossCurve: shape.curve, curveModel: "shape" } : { window: splineWindow, lossCurve: smooth.curve, curveModel: "spline" };
  const { dy, d2y, curvature: curvature2 } = window.derivatives;
  const found = {
    minLr: 10 ** window.minX,
    maxLr: 10 ** window.maxX,
    picks: picksFromWindow(window),
    lossAtZero,
    reason: null,
    fit: { ...lossCurve, dy, d2y, curvature: curvature2 },
    curveModel,
    divergedFrom
  };
  return analysis(found, smooth);
}
function smoothFit(samples, options = {}) {
  const { points, lossAtZero } = prepareSamples(samples, options.lossAtZero);
  const robust = robustPoints(points, lossAtZero);
  const fitted = robust.points;
  if (fitted.length < MIN_FINITE_SAMPLES) throw new Error("smoothFit: needs at least 4 distinct finite samples below the blow-up");
  const choice = chooseWeightedSmoothing(
    fitted.map((p) => p.x),
    fitted.map((p) => p.y),
    fitted.map((p) => p.count)
  );
  return {
    spline: choice.spline,
    curve: denseCurve(choice.spline),
    sigma: choice.sigma,
    noise: choice.noise,
    edf: choice.edf,
    blownUpFrom: robust.blownUpFrom === null ? null : 10 ** robust.blownUpFrom,
    kneeData: {
      y: fitted.map((p) => p.y),
      counts: fitted.map((p) => p.count),
      weights: choice.weights,
      alpha: choice.alpha,
      pilotResiduals: choice.pilotResiduals,
      pilotSpread: choice.pilotSpread
    }
  };
}
var MIN_FINITE_SAMPLES;
var init_analyze = __esm({
  "src/analysis/analyze.ts"() {
    "use strict";
    init_curve();
    init_knee();
    init_messages();
    init_picks();
    init_prepare();
    init_reweight();
    init_robust();
    init_shape();
    init_spline();
    init_window();
    MIN_FINITE_SAMPLES = 4;
  }
});

// src/search/grid.ts
function coarseGrid(startLr, endLr, step) {
  const start = Math.log10(startLr);
  const end = Math.log10(endLr);
  const count = Math.floor((end - start) / step + 1e-9);
  const lrs = [];
  for (let k = 0; k <= count; k += 1) lrs.push(k === 0 ? startLr : 10 ** (start + k * step));
  const lastX = start + count * step;
  if (end - lastX > SAME_LR_DECADES2) lrs.push(endLr);
  else lrs[lrs.length - 1] = endLr;
  return lrs;
}
var SAME_LR_DECADES2;
var init_grid = __esm({
  "src/search/grid.ts"() {
    "use strict";
    SAME_LR_DECADES2 = 1e-9;
  }
});

// src/search/edges.ts
function evidenceOf(samples) {
  const { points, diverged, lossAtZero } = prepareSamples(samples);
  const divergedX = diverged.map((lr) => Math.log10(lr));
  let lowest = -1;
  points.forEach((p, i) => {
    if (lowest < 0 || p.y < points[lowest].y) lowest = i;
  });
  const lowestX = lowest < 0 ? Number.NEGATIVE_INFINITY : points[lowest].x;
  const blownUp = points.length > 0 && robustPoints(points, lossAtZero).blownUpFrom !== null;
  return { points, divergedX, lossAtZero, lowest, risesAbove: blownUp || divergedX.some((x) => x > lowestX) };
}
function latticeAbove(settings, x, count) {
  const start = Math.log10(settings.startLr);
  const top = Math.log10(HIGHEST_LR);
  const out = [];
  let k = Math.ceil((x + settings.coarseStep / 2 - start) / settings.coarseStep - 1e-9);
  while (out.length < count) {
    const next = Math.min(start + k * settings.coarseStep, top);
    if (next <= x + SAME_LR_DECADES2 || out.length > 0 && next <= out[out.length - 1] + SAME_LR_DECADES2) break;
    out.push(next);
    k += 1;
  }
  return out;
}
function latticeBelow(settings, x, count) {
  const start = Math.log10(settings.startLr);
  const bottom = Math.log10(LOWEST_LR);
  const out = [];
  let k = Math.floor((x - settings.coarseStep / 2 - start) / settings.coarseStep + 1e-9);
  while (out.length < count) {
    const next = Math.max(start + k * settings.coarseStep, bottom);
    if (next >= x - SAME_LR_DECADES2 || out.length > 0 && next >= out[out.length - 1] - SAME_LR_DECADES2) break;
    out.push(next);
    k -= 1;
  }
  return out;
}
function extensionFor(samples, analysis, settings) {
  if (settings.strictRange) return [];
  const evidence = evidenceOf(samples);
  const count = Math.max(1, settings.parallel);
  const code2 = analysis.reason?.code;
  const sampledX2 = samples.filter((s) => s.lr > 0).map((s) => Math.log10(s.lr));
  if (sampledX2.length === 0) return [];
  const bottom = Math.min(...sampledX2);
  const kneeAtEdge = analysis.minLr !== null && Math.log10(analysis.minLr) - bottom < settings.coarseStep;
  if (code2 === "min-at-start" || code2 === "no-knee" || code2 === "all-diverged" || kneeAtEdge) {
    return latticeBelow(settings, bottom, count);
  }
  const { points, lowest, risesAbove } = evidence;
  if (lowest < 0 || risesAbove) return [];
  if (code2 === "still-falling" || lowest === points.length - 1) {
    return latticeAbove(settings, Math.max(...sampledX2), count);
  }
  return [];
}
function extensionBelow(samples, settings) {
  const sampledX2 = samples.filter((s) => s.lr > 0).map((s) => Math.log10(s.lr));
  if (settings.strictRange || sampledX2.length === 0) return [];
  return latticeBelow(settings, Math.min(...sampledX2), Math.max(1, settings.parallel));
}
function isCoarse(x, settings) {
  const k = (x - Math.log10(settings.startLr)) / settings.coarseStep;
  return Math.abs(k - Math.round(k)) * settings.coarseStep < 1e-6 || Math.abs(x - Math.log10(settings.endLr)) < 1e-6;
}
function rescueFor(samples, analysis, settings) {
  const code2 = analysis.reason?.code;
  if (code2 === void 0 || code2 === "too-few-samples" || code2 === "all-diverged" || code2 === "no-loss-at-zero") return [];
  const evidence = evidenceOf(samples);
  const { points, lossAtZero, lowest, risesAbove } = evidence;
  if (lossAtZero === null || lowest < 0) return [];
  const low = points[lowest];
  let sigma = 0;
  if (points.length >= MIN_FINITE_SAMPLES) sigma = smoothFit(samples).sigma;
  const needed = lossAtZero - Math.max(MIN_DROP_FRACTION * Math.abs(lossAtZero), NOISE_MULTIPLE * sigma);
  const edgeOfBlowUp = lowest === points.length - 1 && risesAbove;
  if (!(low.y < needed) && !edgeOfBlowUp) return [];
  return nextToLowest(evidence, settings);
}
function bottomFor(samples, smooth, settings) {
  const { points, divergedX, lowest } = evidenceOf(samples);
  if (lowest < 0) return [];
  const low = points[lowest];
  if (!(evaluateSpline(smooth.spline, low.x).y - low.y > MISFIT_NOISE * smooth.noise[nearestIndex(smooth.spline.x, low.x)])) return [];
  const above = [...points.map((p) => p.x), ...divergedX].filter((x) => x > low.x + SAME_LR_DECADES2);
  if (above.length === 0) return [];
  const gap = Math.min(...above) - low.x;
  const inside = Math.min(3, Math.max(1, Math.round(gap / (2 * settings.threshold)) - 1));
  const spent = above.filter((x) => x - low.x <= settings.coarseStep + SAME_LR_DECADES2 && !isCoarse(x, settings)).length;
  if (gap < settings.threshold || spent >= RESCUE_TRIALS) return [];
  return Array.from({ length: Math.min(inside, RESCUE_TRIALS - spent) }, (_, i) => low.x + gap * (i + 1) / (inside + 1)).filter(
    (x) => x - low.x <= settings.coarseStep + SAME_LR_DECADES2
  );
}
function nextToLowest({ points, divergedX, lowest }, settings) {
  const low = points[lowest];
  const near = (x) => Math.abs(x - low.x) <= settings.coarseStep + SAME_LR_DECADES2;
  const sampled = [.../* @__PURE__ */ new Set([...points.map((p) => p.x), ...divergedX])].sort((a, b) => a - b);
  const spent = sampled.filter((x) => near(x) && !isCoarse(x, settings)).length;
  const left = Math.min(RESCUE_TRIALS - spent, Math.max(2, settings.parallel));
  if (left <= 0) return [];
  const j = sampled.findIndex((x) => Math.abs(x - low.x) < SAME_LR_DECADES2);
  const out = [];
  for (const n of [j + 1, j - 1]) {
    const other = sampled[n];
    if (other === void 0 || Math.abs(other - low.x) < settings.threshold) continue;
    const mid = (other + low.x) / 2;
    if (near(mid)) out.push(mid);
  }
  return out.slice(0, left);
}
function extendedRange(samples, settings) {
  const lrs = samples.map((s) => s.lr).filter((lr) => lr > 0);
  if (lrs.length === 0) return null;
  const lo = Math.min(...lrs);
  const hi = Math.max(...lrs);
  const below = Math.log10(settings.startLr) - Math.log10(lo) > SAME_LR_DECADES2;
  const above = Math.log10(hi) - Math.log10(settings.endLr) > SAME_LR_DECADES2;
  if (!below && !above) return null;
  return { startLr: below ? lo : settings.startLr, endLr: above ? hi : settings.endLr };
}
var LOWEST_LR, HIGHEST_LR, RESCUE_TRIALS, MISFIT_NOISE;
var init_edges = __esm({
  "src/search/edges.ts"() {
    "use strict";
    init_analyze();
    init_extrema();
    init_spline();
    init_prepare();
    init_robust();
    init_window();
    init_grid();
    LOWEST_LR = 1e-10;
    HIGHEST_LR = 1e3;
    RESCUE_TRIALS = 8;
    MISFIT_NOISE = 3;
  }
});

// src/search/planner.ts
function planFirstRound(settings) {
  return [0, ...coarseGrid(settings.startLr, settings.endLr, settings.coarseStep)];
}
function pointsOfInterest(analysis, method) {
  if (analysis.picks && analysis.minLr !== null && analysis.maxLr !== null) {
    const found = {
      minLr: Math.log10(analysis.minLr),
      maxLr: Math.log10(analysis.maxLr),
      halfLoss: Math.log10(analysis.picks.halfLoss),
      steepest: Math.log10(analysis.picks.steepest)
    };
    return PRIORITY[method].map((name) => ({ name, x: found[name] }));
  }
  if (analysis.reason?.code === "too-few-samples" && analysis.divergedFrom !== null) {
    return [{ name: "divergence", x: Math.log10(analysis.divergedFrom) }];
  }
  return [];
}
function bracketWidth(sampled, x) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < sampled.length; i += 1) {
    const a = sampled[i];
    const b = sampled[i + 1];
    if (a <= x + SAME_LR_DECADES2 && x - SAME_LR_DECADES2 <= b) best = Math.min(best, b - a);
  }
  return best;
}
function isBracketed(sampled, x, threshold) {
  return bracketWidth(sampled, x) < threshold;
}
function refinementsFor(sampled, x, threshold, farSide) {
  if (sampled.length < 2) return [];
  const j = nearestIndex(sampled, x);
  const sides = x >= sampled[j] ? [j + 1, j - 1] : [j - 1, j + 1];
  const out = [];
  sides.forEach((n, side) => {
    if (n < 0 || n >= sampled.length) return;
    const wider = side === 0 ? threshold : farSide * threshold;
    if (Math.abs(sampled[n] - sampled[j]) >= wider) out.push((sampled[n] + sampled[j]) / 2);
  });
  return out;
}
function isNoiseLimited(fit, sampled, x, threshold) {
  const b = sampled.findIndex((s) => s >= x - SAME_LR_DECADES2);
  if (b <= 0) return false;
  const lo = sampled[b - 1];
  const hi = sampled[b];
  if (hi - lo > NOISE_LIMIT_THRESHOLDS * threshold + SAME_LR_DECADES2) return false;
  const at = (v) => evaluateSpline(fit.spline, v).y;
  const bend = Math.abs(at((lo + hi) / 2) - (at(lo) + at(hi)) / 2);
  return bend < fit.noise[nearestIndex(fit.spline.x, x)];
}
function openPoints(samples, analysis, settings, smooth = null) {
  const sampled = sampledX(samples);
  const fit = analysis.picks ? smooth ?? smoothFit(samples) : null;
  return pointsOfInterest(analysis, settings.method).filter(
    (p) => !isBracketed(sampled, p.x, settings.threshold) && !(fit !== null && SETTLED_BY_NOISE.includes(p.name) && isNoiseLimited(fit, sampled, p.x, settings.threshold))
  );
}
function sampledX(samples) {
  return [...new Set(samples.filter((s) => s.lr > 0).map((s) => Math.log10(s.lr)))].sort((a, b) => a - b);
}
function planNextRound(samples, settings) {
  const budget = settings.maxTrials - samples.length;
  if (budget <= 0) return [];
  const { analysis, smooth } = analyzeWithFit(samples);
  const sampled = sampledX(samples);
  const extension = extensionFor(samples, analysis, settings);
  if (extension.length > 0) return fresh(extension, sampled, budget);
  const open2 = openPoints(samples, analysis, settings, smooth);
  const perPoint = open2.map((p) => refinementsFor(sampled, p.x, settings.threshold, FAR_SIDE_THRESHOLDS[p.name]));
  const ordered = [];
  for (let pass = 0; pass < 2; pass += 1) {
    for (const list of perPoint) if (list[pass] !== void 0) ordered.push(list[pass]);
  }
  if (analysis.picks && smooth) ordered.push(...bottomFor(samples, smooth, settings));
  const refinements = fresh(ordered, sampled, budget);
  if (refinements.length > 0 || analysis.reason === null) return refinements;
  if (analysis.reason.code === "too-few-samples") return fresh(extensionBelow(samples, settings), sampled, budget);
  return fresh(rescueFor(samples, analysis, settings), sampled, budget);
}
function fresh(xs, sampled, budget) {
  const chosen = [];
  for (const x of xs) {
    if (chosen.length >= budget) break;
    const known = [...sampled, ...chosen];
    if (known.some((s) => Math.abs(s - x) < SAME_LR_DECADES2)) continue;
    chosen.push(x);
  }
  return chosen.map((x) => 10 ** x);
}
var PRIORITY, FAR_SIDE_THRESHOLDS, NOISE_LIMIT_THRESHOLDS, SETTLED_BY_NOISE;
var init_planner = __esm({
  "src/search/planner.ts"() {
    "use strict";
    init_analyze();
    init_extrema();
    init_spline();
    init_edges();
    init_grid();
    PRIORITY = {
      midpoint: ["maxLr", "minLr", "halfLoss", "steepest"],
      halfLoss: ["halfLoss", "maxLr", "minLr", "steepest"],
      steepest: ["steepest", "minLr", "maxLr", "halfLoss"],
      // The basin pick is the midpoint or, above it, the basin's edge, which lies between the midpoint and maxLr.
      basin: ["maxLr", "minLr", "halfLoss", "steepest"]
    };
    FAR_SIDE_THRESHOLDS = {
      minLr: 2,
      maxLr: 3,
      halfLoss: 3,
      steepest: 3,
      divergence: 3
    };
    NOISE_LIMIT_THRESHOLDS = 2;
    SETTLED_BY_NOISE = ["minLr", "steepest"];
  }
});

// src/search/warnings.ts
function imprecisePoints(samples, analysis, settings) {
  const sampled = sampledX(samples);
  return openPoints(samples, analysis, settings).filter((p) => p.name !== "divergence").map((p) => ({ ...p, bracket: bracketWidth(sampled, p.x) }));
}
function precisionWarnings(samples, analysis, settings) {
  if (samples.length < settings.maxTrials) return [];
  const points = imprecisePoints(samples, analysis, settings);
  if (points.length === 0) return [];
  return [{ code: "max-trials-imprecise", message: maxTrialsImprecise(settings.maxTrials, settings.threshold, points) }];
}
function maxTrialsImprecise(maxTrials, threshold, points) {
  const listed = points.map((p) => `${p.name} ${displayLr(10 ** p.x)} (within ${Number.isFinite(p.bracket) ? `${p.bracket.toFixed(2)} decades` : "an unbracketed range"})`);
  return `maxTrials (${maxTrials}) ran out before every point of interest was located to threshold (${threshold} decades): ${listed.join(", ")}; raise maxTrials for a more precise answer`;
}
var init_warnings = __esm({
  "src/search/warnings.ts"() {
    "use strict";
    init_planner();
    init_numbers();
  }
});

// src/search/result.ts
function samplesFromRecords(records) {
  return records.map((r) => ({ lr: r.lr, loss: r.diverged || r.loss === null || !Number.isFinite(r.loss) ? Number.NaN : r.loss }));
}
function pickOf(picks) {
  return Object.fromEntries(METHODS.map((m) => [m, picks[m]]));
}
function resultFromAnalysis(analysis, records, settings, nameOf = neutralName) {
  return {
    minLr: analysis.minLr,
    maxLr: analysis.maxLr,
    picks: analysis.picks ? pickOf(analysis.picks) : null,
    method: settings.method,
    selectedLr: analysis.picks ? analysis.picks[settings.method] : null,
    lossAtZero: analysis.lossAtZero,
    trials: records.length,
    reason: analysis.reason ? wordNoWindow(analysis.reason.facts, nameOf) : null,
    samples: records.map((r) => ({ lr: r.lr, loss: r.diverged ? null : r.loss, diverged: r.diverged, round: r.round, ...r.cached === void 0 ? {} : { cached: r.cached } })),
    settings: { ...settings },
    // edges (issue 14): the range actually searched and why answers may be imprecise.
    extended: extendedRange(records, settings),
    warnings: precisionWarnings(samplesFromRecords(records), analysis, settings)
  };
}
function resultFromSamples(records, settings, nameOf = neutralName) {
  return resultFromAnalysis(analyze(samplesFromRecords(records)), records, settings, nameOf);
}
var init_result = __esm({
  "src/search/result.ts"() {
    "use strict";
    init_analyze();
    init_messages();
    init_types();
    init_edges();
    init_warnings();
  }
});

// src/search/messages.ts
function invalidSetting(name, value, allowed) {
  return `${name} "${formatValue(value)}" is invalid: expected ${allowed}`;
}
function maxTrialsTooSmall(name, value, needed, grid) {
  return invalidSetting(name, value, `an integer >= ${needed}, the coarse grid from ${grid.startLr} to ${grid.endLr} at ${grid.coarseStep} plus the lr = 0 trial`);
}
function formatValue(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value === void 0) return "undefined";
  return JSON.stringify(value) ?? String(value);
}
var allowedSetting;
var init_messages2 = __esm({
  "src/search/messages.ts"() {
    "use strict";
    allowedSetting = {
      positiveLr: "a number > 0",
      above: (other, value) => `a number > ${other} (${value})`,
      coarseStep: "decades, > 0 and <= 2",
      threshold: "decades, > 0",
      integerFrom: (min) => `an integer >= ${min}`,
      integerBetween: (min, max) => `an integer from ${min} to ${max}`,
      oneOf: (values) => `one of ${values.join(", ")}`,
      boolean: "true or false"
    };
  }
});

// src/search/settings.ts
function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
function coarseTrialCount(settings) {
  return coarseGrid(settings.startLr, settings.endLr, settings.coarseStep).length + 1;
}
function resolveSettings(input = {}, options = {}) {
  const name = options.nameOf ?? ((key) => SETTING_NAMES[key]);
  const check2 = (ok, key, value, allowed) => {
    if (!ok) throw new UsageError(invalidSetting(name(key), value, allowed));
  };
  const pick = (key) => input[key] ?? DEFAULT_SETTINGS[key];
  const s = {
    startLr: pick("startLr"),
    endLr: pick("endLr"),
    coarseStep: pick("coarseStep"),
    threshold: pick("threshold"),
    maxTrials: pick("maxTrials"),
    steps: pick("steps"),
    seed: pick("seed"),
    parallel: pick("parallel"),
    method: pick("method"),
    strictRange: pick("strictRange")
  };
  check2(isNumber(s.startLr) && s.startLr > 0, "startLr", s.startLr, allowedSetting.positiveLr);
  check2(isNumber(s.endLr) && s.endLr > s.startLr, "endLr", s.endLr, allowedSetting.above(name("startLr"), s.startLr));
  check2(isNumber(s.coarseStep) && s.coarseStep > 0 && s.coarseStep <= 2, "coarseStep", s.coarseStep, allowedSetting.coarseStep);
  check2(isNumber(s.threshold) && s.threshold > 0, "threshold", s.threshold, allowedSetting.threshold);
  check2(Number.isSafeInteger(s.steps) && s.steps >= 1, "steps", s.steps, allowedSetting.integerFrom(1));
  check2(Number.isSafeInteger(s.seed) && s.seed >= 0, "seed", s.seed, allowedSetting.integerFrom(0));
  check2(Number.isSafeInteger(s.parallel) && s.parallel >= 1 && s.parallel <= MAX_PARALLEL, "parallel", s.parallel, allowedSetting.integerBetween(1, MAX_PARALLEL));
  check2(METHODS.includes(s.method), "method", s.method, allowedSetting.oneOf(METHODS));
  check2(typeof s.strictRange === "boolean", "strictRange", s.strictRange, allowedSetting.boolean);
  const needed = coarseTrialCount(s);
  if (!Number.isSafeInteger(s.maxTrials) || s.maxTrials < needed) {
    throw new UsageError(maxTrialsTooSmall(name("maxTrials"), s.maxTrials, needed, { startLr: name("startLr"), endLr: name("endLr"), coarseStep: name("coarseStep") }));
  }
  return s;
}
function resolveWithSource(explicit, modelDefaults, options) {
  const settings = resolveSettings({ ...modelDefaults, ...explicit }, options);
  const origin = (key) => explicit[key] !== void 0 ? options.explicitOrigin : modelDefaults[key] !== void 0 ? "model-definition" : "default";
  const keys = Object.keys(DEFAULT_SETTINGS);
  const source = Object.fromEntries(keys.map((key) => [key, origin(key)]));
  return { settings, source };
}
var DEFAULT_SETTINGS, MAX_PARALLEL;
var init_settings = __esm({
  "src/search/settings.ts"() {
    "use strict";
    init_names();
    init_types();
    init_errors();
    init_grid();
    init_messages2();
    DEFAULT_SETTINGS = {
      startLr: 1e-7,
      endLr: 10,
      coarseStep: 0.5,
      threshold: 0.05,
      maxTrials: 60,
      steps: 20,
      seed: 0,
      parallel: 1,
      method: "midpoint",
      strictRange: false
    };
    MAX_PARALLEL = 64;
  }
});

// src/cache/messages.ts
var messages;
var init_messages3 = __esm({
  "src/cache/messages.ts"() {
    "use strict";
    messages = {
      keyFilesNoMatch: (option, glob, cwd) => `${option} "${glob}" matches no file in ${cwd}: give a glob that names the files your trials read (for example "train.py" or "src/**/*.py")`,
      keyFilesEmptyGlob: (option) => `${option} got an empty glob: give a glob such as "train.py" or "src/**/*.py"`,
      keyFileUnreadable: (option, file, reason) => `${option}: cannot read ${file} (${reason})`,
      definitionUnreadable: (file, reason) => `cannot read the model definition ${file} to key the trial cache (${reason})`,
      dirNotDirectory: (option, dir) => `${option} "${dir}" is a file: give a folder for the trial cache (it is created if missing)`,
      dirUnusable: (option, dir, reason) => `${option} "${dir}" cannot be used as the trial cache folder (${reason})`,
      maxMbInvalid: (option, value) => `${option} must be a number of megabytes > 0, got ${String(value)}`,
      entryIgnored: (file, reason) => `warning: trial cache entry ${file} ignored (${reason}); the trial runs again`,
      entryNotWritten: (dir, reason) => `warning: the trial cache in ${dir} could not store a trial (${reason}); the search goes on without storing`,
      runnerClosed: (lr) => `the trial at lr ${String(lr)} was asked for after the runner was closed`,
      keyFilesMissing: (runnerOption, keyFilesOption) => `warning: ${runnerOption} with a trial cache but no ${keyFilesOption}: edits to its scripts are invisible to the cache; name them, e.g. ${keyFilesOption} "train.py"`,
      fromCache: (cached, total) => `${cached} of ${total} trials from cache`
    };
  }
});

// src/cache/output.ts
function samplesWithCached(samples) {
  return samples.map((s) => ({ lr: s.lr, loss: s.loss, diverged: s.diverged, round: s.round, cached: s.cached === true }));
}
function samplesCsvWithCached(samples) {
  const rows = samples.map(
    (s) => `${String(s.lr)},${s.loss === null ? "" : String(s.loss)},${String(s.diverged)},${s.round},${String(s.cached === true)}`
  );
  return `${["lr,loss,diverged,round,cached", ...rows].join("\n")}
`;
}
function cacheTally(samples) {
  const cached = samples.filter((s) => s.cached === true).length;
  return { cached, total: samples.length, text: messages.fromCache(cached, samples.length) };
}
var init_output = __esm({
  "src/cache/output.ts"() {
    "use strict";
    init_messages3();
  }
});

// src/search/output.ts
function resultsJson(result2, settingsSource) {
  const document = {
    schemaVersion: SCHEMA_VERSION,
    minLr: result2.minLr,
    maxLr: result2.maxLr,
    picks: result2.picks,
    method: result2.method,
    selectedLr: result2.selectedLr,
    lossAtZero: result2.lossAtZero,
    trials: result2.trials,
    reason: result2.reason,
    samples: samplesWithCached(result2.samples),
    settings: result2.settings,
    settingsSource,
    extended: result2.extended ?? null,
    warnings: result2.warnings ?? []
  };
  return `${JSON.stringify(document, null, 2)}
`;
}
function samplesCsv(records) {
  return samplesCsvWithCached(records);
}
var SCHEMA_VERSION, OUTPUT_FILES;
var init_output2 = __esm({
  "src/search/output.ts"() {
    "use strict";
    init_output();
    SCHEMA_VERSION = 2;
    OUTPUT_FILES = { results: "results.json", samples: "samples.csv" };
  }
});

// src/repeats/messages.ts
function toleranceBelowNoise(method, tolerance, spread, repeats) {
  const enough = (Math.ceil(spread * 100 - 1e-9) / 100).toFixed(2);
  return `the tolerance (${tolerance.toFixed(2)} decades) is tighter than ${method}'s own run-to-run spread (${spread.toFixed(2)} decades over ${repeats} seeds): the check can fail with nothing changed; raise the tolerance to at least ${enough}`;
}
function badRepeats(value, option = RUN_SETTING_NAMES.repeats) {
  return `${option} must be a whole number from 1 to 20, got ${value}`;
}
var init_messages4 = __esm({
  "src/repeats/messages.ts"() {
    "use strict";
    init_types();
    init_numbers();
    init_names();
  }
});

// src/repeats/summary.ts
function median(sorted) {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function summarizeRepeats(results) {
  return summarizeRuns(results.map((r) => ({ seed: r.settings.seed, picks: r.picks, reason: r.reason })));
}
function summarizeRuns(runs) {
  const picks = {};
  for (const method of METHODS) {
    const logs = runs.flatMap((r) => {
      const lr = r.picks?.[method];
      return lr === void 0 ? [] : [Math.log10(lr)];
    }).sort((a, b) => a - b);
    picks[method] = logs.length === 0 ? { median: null, min: null, max: null, spreadDecades: null, count: 0 } : {
      median: 10 ** median(logs),
      min: 10 ** logs[0],
      max: 10 ** logs[logs.length - 1],
      spreadDecades: logs[logs.length - 1] - logs[0],
      count: logs.length
    };
  }
  return { seeds: runs.map((r) => r.seed), picks, runs: [...runs] };
}
function toleranceBelowNoise2(toleranceDecades, spread) {
  return spread.spreadDecades !== null && spread.count > 1 && toleranceDecades < spread.spreadDecades;
}
function repeatsJson(summary2) {
  return `${JSON.stringify(summary2, null, 2)}
`;
}
function spreadBands(summary2) {
  return METHODS.flatMap((method) => {
    const p = summary2.picks[method];
    return p.count > 1 && p.min !== null && p.max !== null && p.median !== null ? [{ method, lo: p.min, hi: p.max, median: p.median, count: p.count, repeats: summary2.seeds.length }] : [];
  });
}
var REPEATS_FILE;
var init_summary = __esm({
  "src/repeats/summary.ts"() {
    "use strict";
    init_types();
    REPEATS_FILE = "repeats.json";
  }
});

// src/search/semantics.ts
var TRIAL_SEMANTICS_VERSION;
var init_semantics = __esm({
  "src/search/semantics.ts"() {
    "use strict";
    TRIAL_SEMANTICS_VERSION = 1;
  }
});

// src/cache/key.ts
import { createHash } from "node:crypto";
function trialKey(parts, lr, request) {
  return {
    trialSemantics: TRIAL_SEMANTICS_VERSION,
    identity: parts.identity,
    filesHash: parts.filesHash,
    definitionHash: parts.definitionHash,
    backend: parts.backend,
    options: { ...parts.options },
    steps: request.steps,
    seed: request.seed,
    lr: String(lr)
  };
}
function canonicalJson(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${String(value)} is not a finite number`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(",")}]`;
  if (typeof value === "object") {
    const record = value;
    const fields = Object.keys(record).filter((k) => record[k] !== void 0).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
    return `{${fields.join(",")}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} cannot be part of a key`);
}
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function keyDigest(key) {
  return sha256(canonicalJson(key));
}
var init_key = __esm({
  "src/cache/key.ts"() {
    "use strict";
    init_semantics();
  }
});

// src/cache/files.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { dirname, extname, relative, resolve, sep } from "node:path";
function addFile(hash, path, bytes) {
  hash.update(`${path}
${bytes.byteLength}
`, "utf8");
  hash.update(bytes);
}
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function reasonOf(error) {
  return error instanceof Error ? error.message : String(error);
}
async function hashKeyFiles(globs, options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const option = options.option ?? RUN_SETTING_NAMES.cacheKeyFiles;
  const matched = /* @__PURE__ */ new Set();
  const { glob } = await import("tinyglobby");
  for (const pattern of globs) {
    if (pattern.trim() === "") throw new UsageError(messages.keyFilesEmptyGlob(option));
    const files2 = await glob(pattern, { cwd, onlyFiles: true });
    if (files2.length === 0) throw new UsageError(messages.keyFilesNoMatch(option, pattern, cwd));
    for (const file of files2) matched.add(toPosix(file));
  }
  const files = [...matched].sort();
  const hash = createHash2("sha256");
  for (const file of files) {
    const bytes = await readFile(resolve(cwd, file)).catch((error) => {
      throw new UsageError(messages.keyFileUnreadable(option, file, reasonOf(error)));
    });
    addFile(hash, file, bytes);
  }
  return { hash: hash.digest("hex"), files };
}
function localSpecifiers(source) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of SPECIFIER_PATTERNS) {
    for (const match of source.matchAll(pattern)) {
      const specifier = match[2] ?? "";
      if (specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/")) found.add(specifier);
    }
  }
  return [...found];
}
async function isFile(path) {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}
async function resolveLocal(fromDir, specifier) {
  const base = resolve(fromDir, specifier.split(/[?#]/)[0] ?? specifier);
  const ext = extname(base);
  const stem = base.slice(0, base.length - ext.length);
  const candidates = [
    base,
    ...(TS_FOR_JS[ext] ?? []).map((e) => stem + e),
    ...[...CODE_EXTENSIONS, ".json"].map((e) => base + e),
    ...CODE_EXTENSIONS.map((e) => resolve(base, `index${e}`))
  ];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return null;
}
async function hashDefinition(path, cwd = process.cwd()) {
  const root = resolve(cwd, path);
  const rootDir = dirname(root);
  const contents = /* @__PURE__ */ new Map();
  const missing = /* @__PURE__ */ new Set();
  const queue = [root];
  while (queue.length > 0) {
    const file = queue.shift();
    if (contents.has(file)) continue;
    let bytes;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if (file === root) throw new UsageError(messages.definitionUnreadable(path, reasonOf(error)));
      missing.add(toPosix(relative(rootDir, file)));
      continue;
    }
    contents.set(file, bytes);
    if (!CODE_EXTENSIONS.includes(extname(file))) continue;
    for (const specifier of localSpecifiers(bytes.toString("utf8"))) {
      const target = await resolveLocal(dirname(file), specifier);
      if (target === null) missing.add(`${toPosix(relative(rootDir, dirname(file)))}:${specifier}`);
      else queue.push(target);
    }
  }
  const named = [...contents].map(([file, bytes]) => [toPosix(relative(rootDir, file)), bytes]).sort(([a], [b]) => a < b ? -1 : 1);
  const hash = createHash2("sha256");
  for (const [name, bytes] of named) addFile(hash, name, bytes);
  hash.update(`missing
${[...missing].sort().join("\n")}`, "utf8");
  return { hash: hash.digest("hex"), files: named.map(([name]) => name) };
}
function fingerprintData(arrays) {
  const hash = createHash2("sha256");
  for (const array of [...arrays].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    const header = canonicalJson({ name: array.name, dtype: array.dtype, shape: [...array.shape], bytes: array.values.byteLength });
    hash.update(`${header}
`, "utf8");
    hash.update(new Uint8Array(array.values.buffer, array.values.byteOffset, array.values.byteLength));
  }
  return hash.digest("hex");
}
async function fingerprintTensors(tensors) {
  const arrays = [];
  for (const [name, tensor] of Object.entries(tensors)) {
    const values = await tensor.data();
    if (!ArrayBuffer.isView(values)) throw new TypeError(`fingerprintTensors: ${name} is a ${tensor.dtype} tensor, not numbers`);
    arrays.push({ name, dtype: tensor.dtype, shape: tensor.shape, values });
  }
  return fingerprintData(arrays);
}
function definitionKeyHash(definition, dataFingerprint) {
  return sha256(canonicalJson({ files: definition.hash, data: dataFingerprint }));
}
var CODE_EXTENSIONS, TS_FOR_JS, SPECIFIER_PATTERNS;
var init_files = __esm({
  "src/cache/files.ts"() {
    "use strict";
    init_errors();
    init_key();
    init_messages3();
    init_names();
    CODE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
    TS_FOR_JS = {
      ".js": [".ts", ".tsx"],
      ".jsx": [".tsx"],
      ".mjs": [".mts"],
      ".cjs": [".cts"]
    };
    SPECIFIER_PATTERNS = [
      /\bfrom\s*(['"])([^'"\n]+)\1/g,
      /\bimport\s*(['"])([^'"\n]+)\1/g,
      /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*[,)]/g,
      /\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
      /\bnew\s+URL\s*\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url/g
    ];
  }
});

// src/text.ts
function isText(text) {
  if (text.includes("\0") || text.includes("\uFFFD")) return false;
  const controls = text.match(BINARY)?.length ?? 0;
  return controls * 100 <= text.length;
}
function notTextSummary(byteCount) {
  return `<${byteCount} bytes, not text>`;
}
function sourceByteCount(text) {
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  return Buffer.byteLength(text, "utf8") - 2 * replaced;
}
var BINARY;
var init_text = __esm({
  "src/text.ts"() {
    "use strict";
    BINARY = /[\0-\x07\x0B\x0E-\x1A\x1C-\x1F\x7F\uFFFD]/g;
  }
});

// src/runners/messages.ts
function stderrTail(lines) {
  return lines.length === 0 ? "; it printed nothing on stderr" : `; last lines of its stderr:
${lines.map((l) => `  | ${l}`).join("\n")}`;
}
function exitText(code2, signal) {
  if (signal !== null) return `was killed by ${signal}${signal === "SIGKILL" ? " (out of memory?)" : ""}`;
  return `exited with code ${code2 ?? -1}`;
}
function shortLine(line, max = 200) {
  const trimmed = line.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}\u2026` : trimmed;
}
var quote, runnerMessages, workerMessages, deviceMessages;
var init_messages5 = __esm({
  "src/runners/messages.ts"() {
    "use strict";
    init_text();
    init_names();
    quote = (command) => `\`${command}\``;
    runnerMessages = {
      exitedNonZero: (lr, command, code2, tail) => `trial at lr ${lr} failed: ${quote(command)} exited with code ${code2}${stderrTail(tail)}`,
      killedBySignal: (lr, command, signal, tail) => `trial at lr ${lr} failed: ${quote(command)} was killed by ${signal}${signal === "SIGKILL" ? " (out of memory?)" : ""}${stderrTail(tail)}`,
      timedOut: (lr, command, seconds, tail, option = RUN_SETTING_NAMES.trialTimeout) => `trial at lr ${lr} timed out after ${seconds} s: ${quote(command)} was stopped (raise ${option} if trials need longer)${stderrTail(tail)}`,
      noOutput: (lr, command, tail) => `trial at lr ${lr} printed nothing on stdout: ${quote(command)} must print the validation loss as its last line (a number, nan/inf, or JSON like {"loss": 0.42})${stderrTail(tail)}`,
      unparseable: (lr, command, line) => `trial at lr ${lr}: the last stdout line of ${quote(command)} is not a loss: ${isText(line) ? `"${line}"` : notTextSummary(sourceByteCount(line))}; print a number, nan/inf, or JSON like {"loss": 0.42} as the last line`,
      spawnFailed: (lr, command, reason) => `trial at lr ${lr} could not start ${quote(command)}: ${reason}`,
      stopped: (lr, command) => `trial at lr ${lr} was stopped before it finished: ${quote(command)}`
    };
    workerMessages = {
      /** The worker died during the trial's retry too (or at start, twice). */
      diedTwice: (lr, command, code2, signal, tail) => `trial at lr ${lr} failed: worker ${quote(command)} ${exitText(code2, signal)} before answering, again after a restart${stderrTail(tail)}`,
      timedOut: (lr, command, seconds, lastLine, tail, option = RUN_SETTING_NAMES.trialTimeout) => `trial at lr ${lr} timed out after ${seconds} s: worker ${quote(command)} gave no answer (expected a stdout line like {"id": 3, "loss": 0.42} with the request's id${lastLine === null ? "; it printed nothing on stdout" : `; its last stdout line: "${lastLine}"`}); raise ${option} if trials need longer${stderrTail(tail)}`,
      invalidAnswer: (lr, command, line) => `trial at lr ${lr}: worker ${quote(command)} answered "${line}": "loss" must be a number, or null, NaN or Infinity for a diverged trial`,
      spawnFailed: (lr, command, reason) => `trial at lr ${lr} could not start worker ${quote(command)}: ${reason}`,
      stopped: (lr, command) => `trial at lr ${lr} was stopped before it finished: worker ${quote(command)}`,
      /** Log: the worker died during a trial and is started again for one retry. */
      restarting: (slot, lr, code2, signal) => `worker ${slot} ${exitText(code2, signal)} during the trial at lr ${lr}; restarting it and retrying the trial once`,
      /** Log: the worker printed the ready marker, `ms` after it was started. */
      ready: (slot, ms) => `worker ${slot} started in ${(ms / 1e3).toFixed(2)} s`,
      /** Log: the first answer of a worker that printed no ready marker (start-up and one trial together). */
      firstAnswer: (slot, ms) => `worker ${slot} answered its first trial ${(ms / 1e3).toFixed(2)} s after it was started (start-up included)`,
      /** Log: one line the worker printed that is not an answer. */
      chatter: (slot, line) => `worker ${slot} | ${line}`
    };
    deviceMessages = {
      empty: (input, value) => `${input} "${value}" names no device: expected comma-separated device ids, e.g. 0,1,2,3`,
      badEntry: (input, value, entry) => `${input} "${value}": "${entry}" is not a device id: expected comma-separated ids such as 0,1 or GPU UUIDs (letters, digits, _ . : -)`,
      twice: (input, value, device) => `${input} "${value}" lists device ${device} twice: each device can be given to one slot only`,
      moreSlots: (input, devices, slots) => `parallel ${slots} needs ${slots} devices but ${input} lists ${devices.length} (${devices.join(",")}): run at most ${devices.length} trials at once, or list more devices`,
      badSlots: (slots) => `parallel slots must be a whole number >= 1, got ${String(slots)}`
    };
  }
});

// src/runners/process.ts
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
function spawnGroup(options) {
  return spawn(options.shell ?? "/bin/sh", ["-c", options.command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: [options.stdin === true ? "pipe" : "ignore", "pipe", "pipe"]
  });
}
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
  }
}
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
  } catch (error) {
    return error.code === "EPERM";
  }
  return process.platform !== "linux" || hasLiveMember(pgid);
}
function hasLiveMember(pgid) {
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return true;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat3;
    try {
      stat3 = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    const [state, , pgrp] = stat3.slice(stat3.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === pgid && state !== "Z" && state !== "X") return true;
  }
  return false;
}
function endGroup(pgid, graceMs = DEFAULT_KILL_GRACE_MS) {
  signalGroup(pgid, "SIGTERM");
  if (!groupAlive(pgid)) return Promise.resolve();
  return new Promise((resolve9) => {
    let giveUpAt = Number.POSITIVE_INFINITY;
    const finish = () => {
      clearInterval(poll);
      clearTimeout(grace);
      resolve9();
    };
    const poll = setInterval(() => {
      if (!groupAlive(pgid) || Date.now() > giveUpAt) finish();
    }, POLL_MS);
    const grace = setTimeout(() => {
      signalGroup(pgid, "SIGKILL");
      giveUpAt = Date.now() + AFTER_KILL_MS;
    }, graceMs);
  });
}
function streamsEnded(child, ms) {
  const ended = (stream) => stream === null || stream.readableEnded === true || stream.destroyed === true ? Promise.resolve() : new Promise((resolve9) => {
    stream.once("end", resolve9);
    stream.once("close", resolve9);
  });
  return new Promise((resolve9) => {
    const timer = setTimeout(resolve9, ms);
    timer.unref();
    void Promise.all([ended(child.stdout), ended(child.stderr)]).then(() => {
      clearTimeout(timer);
      resolve9();
    });
  });
}
var DEFAULT_KILL_GRACE_MS, POLL_MS, AFTER_KILL_MS;
var init_process = __esm({
  "src/runners/process.ts"() {
    "use strict";
    DEFAULT_KILL_GRACE_MS = 2e3;
    POLL_MS = 15;
    AFTER_KILL_MS = 1e3;
  }
});

// src/runners/devices.ts
function slotCount(slots, devices, input = RUN_SETTING_NAMES.devices) {
  if (slots !== void 0 && !(Number.isSafeInteger(slots) && slots >= 1)) throw new UsageError(deviceMessages.badSlots(slots));
  if (devices === void 0) return slots ?? 1;
  if (devices.length === 0) throw new UsageError(deviceMessages.empty(input, ""));
  for (const device of devices) {
    if (!DEVICE_ID.test(device)) throw new UsageError(deviceMessages.badEntry(input, devices.join(","), device));
  }
  checkDistinct(devices, input);
  const count = slots ?? devices.length;
  if (count > devices.length) throw new UsageError(deviceMessages.moreSlots(input, devices, count));
  return count;
}
function deviceEnv(slot, devices) {
  const device = devices?.[slot];
  return device === void 0 ? {} : { [CUDA_DEVICES_ENV]: device, [DEVICE_ENV]: device };
}
function checkDistinct(devices, input) {
  const seen = /* @__PURE__ */ new Set();
  for (const device of devices) {
    if (seen.has(device)) throw new UsageError(deviceMessages.twice(input, devices.join(","), device));
    seen.add(device);
  }
}
var DEVICE_ENV, CUDA_DEVICES_ENV, DEVICE_ID;
var init_devices = __esm({
  "src/runners/devices.ts"() {
    "use strict";
    init_errors();
    init_names();
    init_messages5();
    DEVICE_ENV = "LR_SWEEP_DEVICE";
    CUDA_DEVICES_ENV = "CUDA_VISIBLE_DEVICES";
    DEVICE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
  }
});

// src/runners/command/parse-loss.ts
function lastNonEmptyLine(text) {
  const lines = text.split(/\r?\n|\r/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? "").trim();
    if (line !== "") return line;
  }
  return null;
}
function parseNumberText(text) {
  const t = text.trim();
  if (DECIMAL.test(t)) {
    const value = Number(t);
    return Number.isNaN(value) ? null : value;
  }
  const m = NON_FINITE2.exec(t);
  if (m === null) return null;
  if ((m[2] ?? "").toLowerCase() === "nan") return Number.NaN;
  return m[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}
function parseLossLine(line) {
  const number = parseNumberText(line);
  if (number !== null) return { loss: number, diverged: !Number.isFinite(number) };
  if (!line.trim().startsWith("{")) return null;
  const object = parseJsonObject(line);
  if (object === null || !("loss" in object)) return null;
  const raw = object.loss;
  let loss;
  if (raw === null) loss = Number.NaN;
  else if (typeof raw === "number") loss = raw;
  else if (typeof raw === "string") loss = parseNumberText(raw.replace(/^(-?)Infinity$/, "$1inf"));
  else loss = null;
  if (loss === null) return null;
  if ("diverged" in object && typeof object.diverged !== "boolean") return null;
  return { loss, diverged: !Number.isFinite(loss) || object.diverged === true };
}
function parseJsonObject(line) {
  for (const text of [line, line.replace(/(?<=[:[,]\s*)(-?Infinity|NaN)(?=\s*[,}\]])/g, '"$1"')]) {
    try {
      const value = JSON.parse(text);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
      return null;
    } catch {
    }
  }
  return null;
}
var DECIMAL, NON_FINITE2;
var init_parse_loss = __esm({
  "src/runners/command/parse-loss.ts"() {
    "use strict";
    DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
    NON_FINITE2 = /^([+-]?)(nan|inf|infinity)$/i;
  }
});

// src/runners/command/tail.ts
function tailLines(text, maxLines = 8, maxLineChars = 240) {
  if (!isText(text)) return [notTextSummary(sourceByteCount(text))];
  const lines = text.split(/\r?\n|\r/).map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
  return lines.slice(-maxLines).map((l) => l.length > maxLineChars ? `${l.slice(0, maxLineChars - 1)}\u2026` : l);
}
var TextTail;
var init_tail = __esm({
  "src/runners/command/tail.ts"() {
    "use strict";
    init_text();
    TextTail = class {
      constructor(maxChars) {
        this.maxChars = maxChars;
      }
      maxChars;
      text = "";
      /** Appends a chunk, dropping the oldest text beyond the limit. */
      push(chunk) {
        this.text += chunk;
        if (this.text.length > 2 * this.maxChars) this.text = this.text.slice(-this.maxChars);
      }
      /** The kept text (at most `maxChars` characters). */
      toString() {
        return this.text.length > this.maxChars ? this.text.slice(-this.maxChars) : this.text;
      }
    };
  }
});

// src/runners/command/template.ts
function trialValues(lr, steps, seed) {
  if (!Number.isSafeInteger(steps) || steps < 0) throw new RangeError(`trialValues: steps must be a whole number >= 0, got ${steps}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`trialValues: seed must be a whole number, got ${seed}`);
  return { lr: exactLr(lr), steps: String(steps), seed: String(seed) };
}
function expandTemplate(template, values) {
  for (const value of [values.lr, values.steps, values.seed]) {
    if (!SHELL_SAFE_NUMBER.test(value)) throw new RangeError(`expandTemplate: "${value}" is not a plain number`);
  }
  return template.replaceAll("{lr}", values.lr).replaceAll("{steps}", values.steps).replaceAll("{seed}", values.seed);
}
function trialEnv(base, values) {
  const env = {};
  for (const [key, value] of Object.entries(base)) if (value !== void 0) env[key] = value;
  env[TRIAL_ENV.lr] = values.lr;
  env[TRIAL_ENV.steps] = values.steps;
  env[TRIAL_ENV.seed] = values.seed;
  return env;
}
var SHELL_SAFE_NUMBER, TRIAL_ENV, SLOT_ENV;
var init_template = __esm({
  "src/runners/command/template.ts"() {
    "use strict";
    init_numbers();
    SHELL_SAFE_NUMBER = /^[0-9eE.+-]+$/;
    TRIAL_ENV = { lr: "LR_SWEEP_LR", steps: "LR_SWEEP_STEPS", seed: "LR_SWEEP_SEED" };
    SLOT_ENV = "LR_SWEEP_SLOT";
  }
});

// src/runners/worker/protocol.ts
function requestLine(id, lr, steps, seed) {
  return JSON.stringify({ id, lr, steps, seed });
}
function parseWorkerLine(line, id) {
  if (!line.trimStart().startsWith("{")) return { kind: "chatter" };
  const object = parseJsonObject(line.trim());
  if (object === null) return { kind: "chatter" };
  if (object[READY_KEY] === "ready" && !("id" in object)) return { kind: "ready" };
  if (id === null || object.id !== id || !("loss" in object)) return { kind: "chatter" };
  const loss = lossValue(object.loss);
  if (loss === null) return { kind: "invalid" };
  return { kind: "answer", loss, diverged: !Number.isFinite(loss), fields: object };
}
function lossValue(raw) {
  if (raw === null) return Number.NaN;
  if (typeof raw === "number") return raw;
  if (raw === "NaN") return Number.NaN;
  if (raw === "Infinity") return Number.POSITIVE_INFINITY;
  if (raw === "-Infinity") return Number.NEGATIVE_INFINITY;
  return null;
}
var READY_KEY;
var init_protocol = __esm({
  "src/runners/worker/protocol.ts"() {
    "use strict";
    init_parse_loss();
    READY_KEY = "lr_sweep_worker";
  }
});

// src/runners/worker/worker.ts
import { createInterface } from "node:readline";
var KEEP_CHARS2, STREAM_DRAIN_MS2, WorkerProcess;
var init_worker = __esm({
  "src/runners/worker/worker.ts"() {
    "use strict";
    init_tail();
    init_messages5();
    init_process();
    init_protocol();
    KEEP_CHARS2 = 64 * 1024;
    STREAM_DRAIN_MS2 = 1e3;
    WorkerProcess = class {
      constructor(options) {
        this.options = options;
        this.startedAt = options.clock();
        this.child = spawnGroup({
          command: options.command,
          env: options.env,
          shell: options.shell,
          stdin: true,
          ...options.cwd === void 0 ? {} : { cwd: options.cwd }
        });
        this.child.stdin?.on("error", () => void 0);
        this.child.stderr?.setEncoding("utf8").on("data", (chunk) => {
          this.stderr.push(chunk);
        });
        if (this.child.stdout !== null) {
          createInterface({ input: this.child.stdout, crlfDelay: Number.POSITIVE_INFINITY }).on("line", (line) => this.onLine(line));
        }
        this.over = new Promise((resolve9) => {
          const finish = (exit) => {
            this.exit = exit;
            const pending = this.pending;
            this.pending = null;
            pending?.settle({ kind: "exit", exit });
            resolve9(exit);
          };
          this.child.once("error", (error) => {
            if (this.child.pid === void 0) finish({ code: null, signal: null, spawnError: error.message });
          });
          this.child.once("exit", (code2, signal) => {
            const drained = () => streamsEnded(this.child, STREAM_DRAIN_MS2);
            this.end().then(drained, drained).then(() => finish({ code: code2, signal }));
          });
        });
      }
      options;
      child;
      stderr = new TextTail(KEEP_CHARS2);
      startedAt;
      pending = null;
      ending = null;
      answered = false;
      ready = false;
      exit = null;
      /** The last stdout line that was not an answer, for the timeout message. */
      lastChatter = null;
      /** Settles once the worker has exited, its group is gone and its output is read. */
      over;
      /** True until the worker is known to have exited or been told to end. */
      get alive() {
        return this.exit === null && this.ending === null && this.child.exitCode === null && this.child.signalCode === null;
      }
      /** The last lines of the worker's stderr. */
      stderrTail() {
        return tailLines(this.stderr.toString());
      }
      /** Writes request `line` (whose id is `id`) and resolves with the answer, an invalid answer, or the worker's exit. */
      ask(id, line) {
        if (this.pending !== null) throw new Error("WorkerProcess.ask: a request is already in flight");
        if (this.exit !== null) return Promise.resolve({ kind: "exit", exit: this.exit });
        return new Promise((resolve9) => {
          this.pending = {
            id,
            settle: (reply) => {
              this.pending = null;
              resolve9(reply);
            }
          };
          this.child.stdin?.write(`${line}
`);
        });
      }
      /** Ends the worker's process group now: SIGTERM, SIGKILL after the grace. Resolves when the group is gone. */
      end() {
        if (this.ending === null) {
          const pid = this.child.pid;
          this.ending = pid === void 0 ? Promise.resolve() : endGroup(pid, this.options.killGraceMs);
        }
        return this.ending;
      }
      /** Closes stdin ("exit"), gives the worker `eofGraceMs` to exit, then ends its group; resolves when all is over. */
      async close(eofGraceMs) {
        this.child.stdin?.end();
        let timer;
        const late = new Promise((resolve9) => {
          timer = setTimeout(resolve9, eofGraceMs);
        });
        await Promise.race([this.over, late.then(() => this.end())]);
        clearTimeout(timer);
        await this.over;
      }
      /** SIGKILLs the worker's whole group now (nothing once it is over: its pid may belong to someone else by then). */
      kill() {
        if (this.child.pid !== void 0 && this.exit === null) signalGroup(this.child.pid, "SIGKILL");
      }
      onLine(line) {
        const pending = this.pending;
        const parsed = parseWorkerLine(line, pending?.id ?? null);
        if (parsed.kind === "ready") {
          if (!this.ready) this.options.log(workerMessages.ready(this.options.slot, this.options.clock() - this.startedAt));
          this.ready = true;
          return;
        }
        if (parsed.kind === "chatter" || pending === null) {
          if (line.trim() === "") return;
          this.lastChatter = shortLine(line);
          this.options.log(workerMessages.chatter(this.options.slot, this.lastChatter));
          return;
        }
        if (parsed.kind === "invalid") return pending.settle({ kind: "invalid", line: shortLine(line) });
        if (!this.answered && !this.ready) this.options.log(workerMessages.firstAnswer(this.options.slot, this.options.clock() - this.startedAt));
        this.answered = true;
        pending.settle(parsed);
      }
    };
  }
});

// src/runners/worker/helper.ts
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join2, resolve as resolve4 } from "node:path";
import { fileURLToPath } from "node:url";
function workerHelperPath() {
  let dir = dirname2(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = join2(dir, "python", WORKER_HELPER_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = resolve4(dir, "..");
    if (parent === dir) throw new Error(`lr-sweep: ${WORKER_HELPER_FILE} is missing from the package (looked in the python/ folder above ${fileURLToPath(import.meta.url)})`);
    dir = parent;
  }
}
var WORKER_HELPER_FILE;
var init_helper = __esm({
  "src/runners/worker/helper.ts"() {
    "use strict";
    WORKER_HELPER_FILE = "lr_sweep_worker.py";
  }
});

// src/runners/worker/index.ts
function createWorkerRunner(options) {
  const slots = slotCount(options.slots, options.devices, options.devicesInput);
  const timeout = options.trialTimeout ?? DEFAULT_WORKER_TRIAL_TIMEOUT;
  if (!(timeout > 0 && Number.isFinite(timeout))) {
    throw new RangeError(`createWorkerRunner: trialTimeout must be a number of seconds > 0, got ${options.trialTimeout}`);
  }
  const log = options.log ?? (() => void 0);
  const clock = () => performance.now();
  const workers = new Array(slots);
  const busy = new Array(slots).fill(false);
  const waiting = [];
  let nextId = 1;
  let closed = false;
  function start(slot) {
    const env = {};
    for (const [key, value] of Object.entries(options.env ?? process.env)) if (value !== void 0) env[key] = value;
    env[WORKER_ENV] = "1";
    env[SLOT_ENV] = String(slot);
    Object.assign(env, deviceEnv(slot, options.devices));
    const worker = new WorkerProcess({
      command: options.command,
      env,
      shell: options.shell ?? "/bin/sh",
      slot,
      killGraceMs: options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
      log,
      clock,
      ...options.cwd === void 0 ? {} : { cwd: options.cwd }
    });
    workers[slot] = worker;
    return worker;
  }
  function acquire(signal) {
    return new Promise((resolve9, reject) => {
      const tryTake = () => {
        const slot = busy.indexOf(false);
        if (slot < 0) return false;
        busy[slot] = true;
        signal?.removeEventListener("abort", onAbort);
        resolve9(slot);
        return true;
      };
      const onAbort = () => {
        const at = waiting.indexOf(wake);
        if (at >= 0) waiting.splice(at, 1);
        reject(signal?.reason);
      };
      const wake = () => void (tryTake() || waiting.unshift(wake));
      if (tryTake()) return;
      waiting.push(wake);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
  function release(slot) {
    busy[slot] = false;
    waiting.shift()?.();
  }
  async function trial2(slot, lr, request) {
    const values = trialValues(lr, request.steps, request.seed);
    const { signal } = request;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if (closed) throw new TrialError(workerMessages.stopped(values.lr, options.command), lr);
      const current = workers[slot];
      const worker = current !== void 0 && current.alive ? current : start(slot);
      let stoppedBy = null;
      const stop = (why) => {
        stoppedBy ??= why;
        void worker.end();
      };
      const timer = setTimeout(() => stop("timeout"), timeout * 1e3);
      const onAbort = () => stop("abort");
      signal?.addEventListener("abort", onAbort, { once: true });
      if (signal?.aborted === true) onAbort();
      const id = nextId;
      nextId += 1;
      const reply = await worker.ask(id, requestLine(id, lr, Number(values.steps), request.seed));
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (stoppedBy === "abort") {
        await worker.end();
        throw signal?.reason;
      }
      if (stoppedBy === "timeout") {
        await worker.over;
        throw new TrialError(workerMessages.timedOut(values.lr, options.command, timeout, worker.lastChatter, worker.stderrTail(), options.trialTimeoutOption), lr);
      }
      if (reply.kind === "answer") return options.answer ? options.answer(reply, lr) : { loss: reply.loss, diverged: reply.diverged };
      if (reply.kind === "invalid") throw new TrialError(workerMessages.invalidAnswer(values.lr, options.command, reply.line), lr);
      const { exit } = reply;
      if (exit.spawnError !== void 0) throw new TrialError(workerMessages.spawnFailed(values.lr, options.command, exit.spawnError), lr);
      if (closed) throw new TrialError(workerMessages.stopped(values.lr, options.command), lr);
      if (attempt === 0) log(workerMessages.restarting(slot, values.lr, exit.code, exit.signal));
      else throw new TrialError(workerMessages.diedTwice(values.lr, options.command, exit.code, exit.signal, worker.stderrTail()), lr);
    }
    throw new Error("unreachable");
  }
  return {
    identity: `worker:${options.command}`,
    async run(lr, request) {
      const { signal } = request;
      if (signal?.aborted === true) throw signal.reason;
      if (closed) throw new TrialError(workerMessages.stopped(String(lr), options.command), lr);
      const slot = await acquire(signal);
      try {
        return await trial2(slot, lr, request);
      } finally {
        release(slot);
      }
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((worker) => worker?.close(WORKER_EOF_GRACE_MS)));
    },
    kill() {
      closed = true;
      for (const worker of workers) worker?.kill();
    }
  };
}
var DEFAULT_WORKER_TRIAL_TIMEOUT, WORKER_EOF_GRACE_MS, WORKER_ENV;
var init_worker2 = __esm({
  "src/runners/worker/index.ts"() {
    "use strict";
    init_errors();
    init_devices();
    init_template();
    init_messages5();
    init_process();
    init_protocol();
    init_worker();
    init_helper();
    init_protocol();
    DEFAULT_WORKER_TRIAL_TIMEOUT = 600;
    WORKER_EOF_GRACE_MS = 5e3;
    WORKER_ENV = "LR_SWEEP_WORKER";
  }
});

// src/runners/tfjs/messages.ts
function describe(value) {
  if (value === void 0) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  const name = value.constructor?.name;
  return name && name !== "Object" ? `a ${name}` : "an object";
}
function formatShape(shape) {
  return `[${shape.map((d) => d === null ? "null" : String(d)).join(",")}]`;
}
var BACKEND_SETTING, messages2;
var init_messages6 = __esm({
  "src/runners/tfjs/messages.ts"() {
    "use strict";
    init_names();
    BACKEND_SETTING = RUN_SETTING_NAMES.backend;
    messages2 = {
      configNotFound: (file) => `${file}: config file not found (pass --config path/to/lr-sweep.config.mjs)`,
      configIsDirectory: (file) => `${file}: is a directory; pass the config file itself, e.g. --config ${file.replace(/[\\/]+$/, "")}/lr-sweep.config.mjs`,
      configExtension: (file) => `${file}: unsupported config file type; use .mjs, .js, .cjs, .ts, .mts or .cts`,
      configLoadFailed: (file, reason) => `${file}: could not load the config module: ${reason}`,
      configNoDefault: (file) => `${file}: no default export; write \`export default { model, data, loss, optimizer, batchSize }\``,
      configNotObject: (file, got) => `${file}: the default export must be an object { model, data, loss, optimizer, batchSize }, got ${describe(got)}`,
      fieldMissing: (file, field, expected) => `${file}: "${field}" is missing; expected ${expected}`,
      fieldInvalid: (file, field, got, expected) => `${file}: "${field}" is ${describe(got)}; expected ${expected}`,
      fieldUnknown: (file, field, allowed) => `${file}: unknown field "${field}"; allowed fields: ${allowed.join(", ")}`,
      factoryThrew: (file, call, reason) => `${file}: ${call} threw: ${reason}`,
      modelNotLayersModel: (file, got) => `${file}: model(tf) returned ${describe(got)}; expected a tf.LayersModel built with the \`tf\` it receives (tf.sequential() or tf.model())`,
      modelArity: (file, inputs, outputs) => `${file}: model(tf) has ${inputs} input(s) and ${outputs} output(s); lr-sweep trains models with exactly one of each`,
      lossInvalid: (file, loss, reason) => `${file}: "loss" ${describe(loss)} is not usable: ${reason}; use a Keras loss name such as "categoricalCrossentropy" or a function (yTrue, yPred) => tf.Tensor`,
      metricsInvalid: (file, reason) => `${file}: "metrics" is not usable: ${reason}; use tfjs metric names such as "accuracy" or functions (yTrue, yPred) => tf.Tensor`,
      dataShape: (file, where, got) => `${file}: ${where} is ${describe(got)}; expected { xs, ys } tensors or a tf.data.Dataset of { xs, ys } batches`,
      dataCount: (file, split, xs, ys) => `${file}: data(tf).${split} has ${xs} xs but ${ys} ys; they must have the same first dimension`,
      dataEmpty: (file, split) => `${file}: data(tf).${split} is empty; it needs at least one example`,
      inputShape: (file, where, got, expected) => `${file}: ${where} has shape ${formatShape(got)} but the model's input is ${formatShape(expected)}`,
      targetShape: (file, where, got, expected, loss) => `${file}: ${where} has shape ${formatShape(got)} but the model's output is ${formatShape(expected)} (loss "${loss}")`,
      trainingStepFailed: (file, reason) => `${file}: the first training step failed: ${reason}; check that "loss" fits the model's output and the data's ys`,
      lossAtZeroNotFinite: (file, loss) => `${file}: the untrained model's validation loss is ${loss}; check data(tf) for NaN or infinite values and that "loss" fits the targets`,
      optimizerInvalid: (file, got) => `${file}: optimizer(tf, lr) returned ${describe(got)}; expected a tf.Optimizer (e.g. tf.train.adam(lr))`,
      trialFailed: (lr, reason) => `the TensorFlow.js trial at lr=${lr} failed: ${reason}`,
      runnerClosed: (lr) => `the trial at lr=${lr} was not run: the TensorFlow.js runner was closed (interrupted)`,
      lrInvalid: (lr) => `lr ${describe(lr)} is not allowed; a learning rate must be a finite number >= 0`,
      stepsInvalid: (steps) => `steps ${describe(steps)} is not allowed; steps must be an integer >= 0`,
      divergeFactorInvalid: (value, option = RUN_SETTING_NAMES.divergeFactor) => `${option} ${describe(value)} is not allowed; it must be a number > 1 (default 4)`,
      /** `option` is how the edge names the setting: `--backend` (default) on the command line, `the backend input` in the action. */
      backendInvalid: (value, allowed, option = BACKEND_SETTING) => `${option} ${describe(value)} is not allowed; use one of ${allowed.join(", ")}`,
      backendUnavailable: (backend, reason, remedy, option = BACKEND_SETTING) => `${option} ${backend} cannot load: ${reason}; ${remedy}`,
      /** The remedy that switches backends, worded for the edge: `use --backend cpu`, `set the backend input to cpu`. */
      useBackend: (backend, option = BACKEND_SETTING) => option.startsWith("-") ? `use ${option} ${backend}` : `set ${option} to ${backend}`,
      /** The log line's detail for a backend the user asked for. */
      backendRequested: (option = BACKEND_SETTING) => `requested with ${option}`,
      nativeNotFound: (pkg, dirs) => `${pkg} is not installed in ${dirs.join(" or ")}`,
      installNative: (pkg) => `run \`npm i -D ${pkg}\` in your project (see README: backends)`,
      wasmMissingKernels: (kernels) => `the wasm backend has no kernel ${kernels.join(", ")} for this model's gradients`,
      backendRunning: (backend, detail) => `lr-sweep: training on the TensorFlow.js ${backend} backend (${detail})`,
      fallbackHint: (skipped) => `${skipped.join("; ")}; for faster trials \`npm i -D @tensorflow/tfjs-node\` in your project, or @tensorflow/tfjs-node-gpu on a CUDA runner`,
      fallbackDetail: (missing, dirs, failures) => [
        ...missing.length > 0 ? [`${missing.join(" and ")} not installed in ${dirs.join(" or ")}`] : [],
        ...failures,
        ...missing.length > 0 ? ["for faster trials run `npm i -D @tensorflow/tfjs-node` in your project, or @tensorflow/tfjs-node-gpu on a CUDA runner"] : []
      ].join("; ")
    };
  }
});

// src/runners/tfjs/definition.ts
import { statSync } from "node:fs";
import { extname as extname2, isAbsolute, relative as relative2, resolve as resolve5 } from "node:path";
import { pathToFileURL } from "node:url";
function defineConfig(config) {
  return config;
}
function displayPath(path, cwd = process.cwd()) {
  const rel = relative2(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
async function loadDefinition(configPath, cwd = process.cwd()) {
  const path = resolve5(cwd, configPath);
  const file = displayPath(path, cwd);
  const info = statSync(path, { throwIfNoEntry: false });
  if (info === void 0) throw new UsageError(messages2.configNotFound(file));
  if (info.isDirectory()) throw new UsageError(messages2.configIsDirectory(file));
  const ext = extname2(path);
  let module;
  try {
    if (TS_EXTENSIONS.has(ext)) {
      const { createJiti } = await import("jiti");
      module = await createJiti(import.meta.url, { moduleCache: false, fsCache: false }).import(path);
    } else if (JS_EXTENSIONS.has(ext)) {
      module = await import(pathToFileURL(path).href);
    } else {
      throw new ConfigError(messages2.configExtension(file));
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(messages2.configLoadFailed(file, reasonOf3(error)));
  }
  return { config: validateConfig(defaultExport(module, file), file), file, path };
}
function defaultExport(module, file) {
  if (typeof module !== "object" || module === null || !("default" in module) || module.default === void 0) {
    throw new ConfigError(messages2.configNoDefault(file));
  }
  const value = module.default;
  if (isRecord(value) && !("model" in value) && isRecord(value["default"])) return value["default"];
  return value;
}
function validateConfig(value, file) {
  if (!isRecord(value)) throw new ConfigError(messages2.configNotObject(file, value));
  for (const key of Object.keys(value)) {
    if (!FIELDS.includes(key)) throw new ConfigError(messages2.fieldUnknown(file, key, FIELDS));
  }
  const need = (field, expected, ok, optional = false) => {
    const v = value[field];
    if (v === void 0) {
      if (optional) return;
      throw new ConfigError(messages2.fieldMissing(file, field, expected));
    }
    if (!ok(v)) throw new ConfigError(messages2.fieldInvalid(file, field, v, expected));
  };
  const isFunction = (v) => typeof v === "function";
  const positiveInt = (v) => typeof v === "number" && Number.isInteger(v) && v > 0;
  need("model", "a function (tf) => tf.LayersModel", isFunction);
  need("data", "a function (tf, { seed }) => ({ train, validation })", isFunction);
  need(
    "loss",
    'a Keras loss name (e.g. "categoricalCrossentropy") or a function (yTrue, yPred) => tf.Tensor',
    (v) => typeof v === "string" && v.length > 0 || isFunction(v)
  );
  need(
    "optimizer",
    `one of ${OPTIMIZER_NAMES.map((n) => `"${n}"`).join(", ")} or a function (tf, lr) => tf.Optimizer`,
    (v) => typeof v === "string" && OPTIMIZER_NAMES.includes(v) || isFunction(v)
  );
  need("batchSize", "a positive integer", positiveInt);
  need("steps", "a positive integer", positiveInt, true);
  need("lrRange", "a pair [startLr, endLr] with 0 < startLr < endLr", isLrRange, true);
  need(
    "metrics",
    'an array of metric names (e.g. "accuracy") or functions',
    (v) => Array.isArray(v) && v.every((m) => typeof m === "string" && m.length > 0 || isFunction(m)),
    true
  );
  return value;
}
function isLrRange(v) {
  if (!Array.isArray(v) || v.length !== 2) return false;
  const [a, b] = v;
  return typeof a === "number" && typeof b === "number" && Number.isFinite(b) && a > 0 && a < b;
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function reasonOf3(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}
var OPTIMIZER_NAMES, FIELDS, TS_EXTENSIONS, JS_EXTENSIONS;
var init_definition = __esm({
  "src/runners/tfjs/definition.ts"() {
    "use strict";
    init_errors();
    init_messages6();
    OPTIMIZER_NAMES = ["sgd", "momentum", "adam", "adamax", "rmsprop", "adagrad", "adadelta"];
    FIELDS = ["model", "data", "loss", "optimizer", "batchSize", "steps", "lrRange", "metrics"];
    TS_EXTENSIONS = /* @__PURE__ */ new Set([".ts", ".mts", ".cts"]);
    JS_EXTENSIONS = /* @__PURE__ */ new Set([".mjs", ".js", ".cjs"]);
  }
});

// src/runners/tfjs/backend.ts
import { createRequire } from "node:module";
import { join as join3 } from "node:path";
function resolvePackage(pkg, dirs) {
  for (const dir of dirs) {
    try {
      return createRequire(join3(dir, "__lr-sweep__.js")).resolve(pkg);
    } catch {
    }
  }
  try {
    return ownRequire.resolve(pkg);
  } catch {
    return null;
  }
}
async function loadBackend(name, options = {}) {
  const dirs = options.searchFrom ?? [process.cwd()];
  if (name === "tensorflow-gpu" || name === "tensorflow") {
    const pkg = NATIVE_PACKAGES[name];
    const from2 = resolvePackage(pkg, dirs);
    if (from2 === null) throw new BackendUnavailableError(name, messages2.nativeNotFound(pkg, dirs), true);
    let tf2;
    try {
      tf2 = createRequire(from2)(from2);
    } catch (error) {
      throw new BackendUnavailableError(name, `${pkg} failed to load: ${reasonOf3(error)}`, false);
    }
    await activate(tf2, "tensorflow", name);
    return { name, tf: tf2, from: from2 };
  }
  const from = ownPackagePath("@tensorflow/tfjs");
  const tf = await importOwnTfjs();
  tf.env().set("PROD", true);
  if (name !== "wasm") {
    await activate(tf, name, name);
    return { name, tf, from };
  }
  const before = processHandlers();
  try {
    await import("@tensorflow/tfjs-backend-wasm");
    await activate(tf, name, name);
  } catch (error) {
    if (error instanceof BackendUnavailableError) throw error;
    throw new BackendUnavailableError(name, `@tensorflow/tfjs-backend-wasm failed to load: ${reasonOf3(error)}`, true);
  } finally {
    removeHandlersAddedSince(before);
  }
  return { name, tf, from };
}
async function importOwnTfjs() {
  const module = await import("@tensorflow/tfjs");
  return module.default ?? module;
}
function ownPackagePath(pkg) {
  try {
    return ownRequire.resolve(pkg);
  } catch {
    return `${pkg} (bundled)`;
  }
}
function processHandlers() {
  return new Map(PROCESS_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
}
function removeHandlersAddedSince(before) {
  for (const event of PROCESS_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event).has(listener)) emitter.removeListener(event, listener);
    }
  }
}
async function activate(tf, registered, name) {
  let ok = false;
  try {
    ok = await tf.setBackend(registered);
    await tf.ready();
  } catch (error) {
    throw new BackendUnavailableError(name, `backend '${registered}' failed to initialise: ${reasonOf3(error)}`, false);
  }
  if (!ok || tf.getBackend() !== registered) {
    throw new BackendUnavailableError(name, `backend '${registered}' did not initialise`, false);
  }
}
function missingKernels(error) {
  const text = error instanceof Error ? error.message : String(error);
  return [...text.matchAll(/Kernel '([^']+)' not registered for backend/g)].map((m) => m[1]);
}
function remedyFor(name, option) {
  if (name === "tensorflow-gpu" || name === "tensorflow") return messages2.installNative(NATIVE_PACKAGES[name]);
  if (name === "wasm") return `reinstall lr-sweep (it depends on @tensorflow/tfjs-backend-wasm) or ${messages2.useBackend("cpu", option)}`;
  return "reinstall lr-sweep (it depends on @tensorflow/tfjs)";
}
var BACKEND_NAMES, AUTO_ORDER, NATIVE_PACKAGES, BackendUnavailableError, ownRequire, PROCESS_EVENTS, emitter;
var init_backend = __esm({
  "src/runners/tfjs/backend.ts"() {
    "use strict";
    init_definition();
    init_messages6();
    BACKEND_NAMES = ["auto", "tensorflow-gpu", "tensorflow", "wasm", "cpu"];
    AUTO_ORDER = ["tensorflow-gpu", "tensorflow", "wasm", "cpu"];
    NATIVE_PACKAGES = {
      "tensorflow-gpu": "@tensorflow/tfjs-node-gpu",
      tensorflow: "@tensorflow/tfjs-node"
    };
    BackendUnavailableError = class extends Error {
      constructor(backend, reason, notInstalled) {
        super(`${backend}: ${reason}`);
        this.backend = backend;
        this.reason = reason;
        this.notInstalled = notInstalled;
      }
      backend;
      reason;
      notInstalled;
      name = "BackendUnavailableError";
    };
    ownRequire = createRequire(import.meta.url);
    PROCESS_EVENTS = ["uncaughtException", "unhandledRejection"];
    emitter = process;
  }
});

// src/runners/tfjs/runner.ts
async function probeSession(session, file) {
  try {
    session.restore();
    const { loss } = await session.evaluate();
    if (!Number.isFinite(loss)) throw new ConfigError(messages2.lossAtZeroNotFinite(file, loss));
    const optimizer = session.createOptimizer(1e-3);
    try {
      await session.train(optimizer, 1, () => false);
    } finally {
      session.disposeOptimizer(optimizer);
      session.restore();
    }
    return loss;
  } catch (error) {
    if (error instanceof ConfigError || missingKernels(error).length > 0) throw error;
    throw new ConfigError(messages2.trainingStepFailed(file, reasonOf3(error)));
  }
}
var DEFAULT_DIVERGE_FACTOR, TfjsTrialRunner;
var init_runner = __esm({
  "src/runners/tfjs/runner.ts"() {
    "use strict";
    init_errors();
    init_backend();
    init_definition();
    init_messages6();
    DEFAULT_DIVERGE_FACTOR = 4;
    TfjsTrialRunner = class {
      constructor(options) {
        this.options = options;
        this.session = options.session ?? null;
        this.divergeFactor = options.divergeFactor ?? DEFAULT_DIVERGE_FACTOR;
        this.clock = options.clock ?? (() => performance.now());
      }
      options;
      session;
      /** The untrained model's evaluation for the current seed: L(0), reused by the lr = 0 trial. */
      untrained = null;
      queue = Promise.resolve();
      closed = false;
      divergeFactor;
      clock;
      /** Runs one trial at `lr` (lr = 0: evaluates the untrained model, giving L(0)). */
      run(lr, request) {
        if (this.closed) return Promise.reject(new TrialError(messages2.runnerClosed(lr), lr));
        const result2 = this.queue.then(() => this.runNow(lr, request));
        this.queue = result2.catch(() => void 0);
        return result2;
      }
      /** Disposes the session (model, optimizer-free snapshot, data). The runner cannot be used afterwards. */
      async close() {
        this.closed = true;
        await this.queue;
        this.session?.dispose();
        this.session = null;
      }
      async sessionFor(seed) {
        if (this.session?.seed === seed) return this.session;
        this.session?.dispose();
        this.session = null;
        this.session = await this.options.openSession(seed);
        this.untrained = null;
        return this.session;
      }
      async runNow(lr, { steps, seed }) {
        if (typeof lr !== "number" || !Number.isFinite(lr) || lr < 0) throw new UsageError(messages2.lrInvalid(lr));
        if (!Number.isInteger(steps) || steps < 0) throw new UsageError(messages2.stepsInvalid(steps));
        const session = await this.sessionFor(seed);
        const { clock } = this;
        let evalMs = 0;
        let resetMs = 0;
        if (this.untrained === null) {
          const start = clock();
          session.restore();
          this.untrained = await session.evaluate();
          evalMs += clock() - start;
        }
        const untrained = this.untrained;
        const lossAtZero = untrained.loss;
        try {
          if (steps === 0) {
            const timing = { trainMs: 0, evalMs, resetMs };
            const diverged = !Number.isFinite(lossAtZero);
            return { loss: lossAtZero, diverged, stepsRun: 0, trainLoss: null, metrics: untrained.metrics, timing };
          }
          let mark = clock();
          session.restore();
          resetMs += clock() - mark;
          mark = clock();
          const optimizer = session.createOptimizer(lr);
          resetMs += clock() - mark;
          const trainStart = clock();
          let trainEnd = trainStart;
          let trained;
          try {
            const limit = lossAtZero > 0 ? this.divergeFactor * lossAtZero : Number.POSITIVE_INFINITY;
            trained = await session.train(optimizer, steps, (loss) => !Number.isFinite(loss) || loss > limit);
          } finally {
            trainEnd = clock();
            session.disposeOptimizer(optimizer);
            resetMs += clock() - trainEnd;
          }
          const trainMs = trainEnd - trainStart;
          if (trained.stopped) {
            const loss = Number.isNaN(trained.lastLoss) ? Number.NaN : Number.POSITIVE_INFINITY;
            const timing = { trainMs, evalMs, resetMs };
            return { loss, diverged: true, stepsRun: trained.stepsRun, trainLoss: trained.lastLoss, metrics: {}, timing };
          }
          mark = clock();
          const evaluation = await session.evaluate();
          evalMs += clock() - mark;
          return {
            loss: evaluation.loss,
            diverged: !Number.isFinite(evaluation.loss),
            stepsRun: trained.stepsRun,
            trainLoss: trained.lastLoss,
            metrics: evaluation.metrics,
            timing: { trainMs, evalMs, resetMs }
          };
        } catch (error) {
          if (error instanceof ConfigError || error instanceof UsageError || error instanceof TrialError) throw error;
          throw new TrialError(messages2.trialFailed(lr, reasonOf3(error)), lr);
        }
      }
    };
  }
});

// src/runners/tfjs/prng.ts
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function deriveSeed(seed, purpose) {
  let h = (Math.imul(seed | 0, 2654435761) ^ Math.imul(purpose + 1, 2246822507)) >>> 0;
  h = Math.imul(h ^ h >>> 16, 2146121005) >>> 0;
  h = Math.imul(h ^ h >>> 15, 2221713035) >>> 0;
  return (h ^ h >>> 16) >>> 0;
}
function permutation(n, random) {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}
async function withSeededRandom(seed, fn) {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return await fn();
  } finally {
    Math.random = original;
  }
}
function withRandom(random, fn) {
  const original = Math.random;
  Math.random = random;
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
var SeedPurpose;
var init_prng = __esm({
  "src/runners/tfjs/prng.ts"() {
    "use strict";
    SeedPurpose = { weights: 1, data: 2, batches: 3, trial: 4 };
  }
});

// src/runners/tfjs/data.ts
function isDataset(source) {
  return typeof source.iterator === "function";
}
function checkPair(tf, value, file, where) {
  const pair = value;
  if (!pair || typeof pair !== "object" || !(pair.xs instanceof tf.Tensor) || !(pair.ys instanceof tf.Tensor)) {
    throw new ConfigError(messages2.dataShape(file, where, value));
  }
  const nx = pair.xs.shape[0] ?? 0;
  const ny = pair.ys.shape[0] ?? 0;
  if (pair.xs.rank === 0 || pair.ys.rank === 0 || nx !== ny) {
    throw new ConfigError(messages2.dataCount(file, where.replace(/^data\(tf\)\./, ""), nx, ny));
  }
  return pair;
}
function checkData(tf, value, file) {
  if (!value || typeof value !== "object") throw new ConfigError(messages2.dataShape(file, "data(tf)", value));
  const data = value;
  for (const split of ["train", "validation"]) {
    const source = data[split];
    if (!source || typeof source !== "object") throw new ConfigError(messages2.dataShape(file, `data(tf).${split}`, source));
    if (!isDataset(source)) checkPair(tf, source, file, `data(tf).${split}`);
    if (!isDataset(source) && (source.xs.shape[0] ?? 0) === 0) throw new ConfigError(messages2.dataEmpty(file, split));
  }
  return data;
}
function trainBatches(tf, source, options) {
  return isDataset(source) ? datasetBatches(tf, source, options.file) : tensorBatches(tf, source, options);
}
function tensorBatches(tf, source, options) {
  const n = source.xs.shape[0];
  const size = Math.min(options.batchSize, n);
  const random = mulberry32(deriveSeed(options.seed, SeedPurpose.batches));
  const order = [];
  const batches = [];
  const later = new EpochOrder(n, size, options.seed);
  const gather = (indices) => tf.tidy(() => {
    const idx = tf.tensor1d(indices, "int32");
    return { xs: tf.keep(tf.gather(source.xs, idx)), ys: tf.keep(tf.gather(source.ys, idx)) };
  });
  return {
    async each(from, count, visit) {
      for (let index = from; index < from + count; index++) {
        const kept = batches[index];
        if (kept !== void 0) {
          if (await visit(kept)) return;
          continue;
        }
        const batch = gather(later.indices(index));
        try {
          if (await visit(batch)) return;
        } finally {
          tf.dispose([batch.xs, batch.ys]);
        }
      }
    },
    async take(steps) {
      while (batches.length < steps) {
        const start = batches.length * size;
        while (order.length < start + size) order.push(...permutation(n, random).subarray(0, n - n % size));
        batches.push(gather(order.slice(start, start + size)));
      }
      return batches.slice(0, steps);
    },
    dispose() {
      for (const b of batches) tf.dispose([b.xs, b.ys]);
      batches.length = 0;
      tf.dispose([source.xs, source.ys]);
    }
  };
}
function datasetBatches(tf, source, file) {
  const batches = [];
  let iterator = null;
  let exhausted = false;
  return {
    // A dataset is read once and cycled: what it holds bounds the memory, whatever the number of epochs.
    async each(from, count, visit) {
      const all = await this.take(from + count);
      for (let index = from; index < from + count; index++) if (await visit(all[index])) return;
    },
    async take(steps) {
      iterator ??= await source.iterator();
      while (!exhausted && batches.length < steps) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        batches.push(checkPair(tf, next.value, file, `data(tf).train batch ${batches.length + 1}`));
      }
      if (batches.length === 0) throw new ConfigError(messages2.dataEmpty(file, "train"));
      return Array.from({ length: steps }, (_, i) => batches[i % batches.length]);
    },
    dispose() {
      for (const b of batches) tf.dispose([b.xs, b.ys]);
      batches.length = 0;
    }
  };
}
async function validationChunks(tf, source, chunkSize, file) {
  if (isDataset(source)) {
    const chunks2 = [];
    const iterator = await source.iterator();
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      chunks2.push(checkPair(tf, next.value, file, `data(tf).validation batch ${chunks2.length + 1}`));
    }
    if (chunks2.length === 0) throw new ConfigError(messages2.dataEmpty(file, "validation"));
    return chunks2;
  }
  const n = source.xs.shape[0];
  if (n <= chunkSize) return [source];
  const chunks = [];
  for (let start = 0; start < n; start += chunkSize) {
    const size = Math.min(chunkSize, n - start);
    chunks.push({ xs: sliceFirst(tf, source.xs, start, size), ys: sliceFirst(tf, source.ys, start, size) });
  }
  tf.dispose([source.xs, source.ys]);
  return chunks;
}
function sliceFirst(tf, t, start, size) {
  const begin = t.shape.map((_, i) => i === 0 ? start : 0);
  const sizes = t.shape.map((d, i) => i === 0 ? size : d);
  return tf.slice(t, begin, sizes);
}
var EpochOrder;
var init_data = __esm({
  "src/runners/tfjs/data.ts"() {
    "use strict";
    init_errors();
    init_messages6();
    init_prng();
    EpochOrder = class {
      constructor(n, size, seed) {
        this.n = n;
        this.size = size;
        this.seed = seed;
        this.used = n - n % size;
        this.random = mulberry32(deriveSeed(seed, SeedPurpose.batches));
      }
      n;
      size;
      seed;
      random;
      epoch = -1;
      current = new Int32Array(0);
      used;
      /** Example indices of batch `index` (0-based over the whole sequence). */
      indices(index) {
        const start = index * this.size;
        const epoch = Math.floor(start / this.used);
        if (epoch < this.epoch) {
          this.random = mulberry32(deriveSeed(this.seed, SeedPurpose.batches));
          this.epoch = -1;
        }
        while (this.epoch < epoch) {
          this.current = permutation(this.n, this.random);
          this.epoch += 1;
        }
        const at = start - epoch * this.used;
        return Array.from(this.current.subarray(at, at + this.size));
      }
    };
  }
});

// src/runners/tfjs/session.ts
function releaseFailedStep(tf) {
  const state = tf.engine().state;
  const tape = state?.activeTape;
  if (!state || !tape) return;
  for (const node of tape) for (const tensor of node.saved ?? []) tensor.dispose();
  for (const tensor of tape.at(-1)?.outputs ?? []) tensor.dispose();
  state.activeTape = null;
}
async function callFactory(file, call, fn) {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof TrialError) throw error;
    throw new ConfigError(messages2.factoryThrew(file, call, reasonOf3(error)));
  }
}
function compile(model, config, file) {
  const previous = model.optimizer;
  try {
    model.compile({
      // A string, so the model owns (and disposes) this optimizer.
      optimizer: "sgd",
      loss: config.loss,
      metrics: config.metrics ? [...config.metrics] : []
    });
  } catch (error) {
    const text = reasonOf3(error);
    if (/metric/i.test(text)) throw new ConfigError(messages2.metricsInvalid(file, text));
    throw new ConfigError(messages2.lossInvalid(file, config.loss, text));
  }
  if (previous && previous !== model.optimizer) previous.dispose();
}
function compiledLoss(model) {
  const core = model.lossFunctions ? model : model.model;
  const fn = core?.lossFunctions?.[0];
  if (!fn) throw new Error("lr-sweep: the model has no compiled loss");
  return fn;
}
function checkShapes(model, config, file, where, batch) {
  const input = model.inputs[0].shape;
  if (!fits(batch.xs.shape, input)) throw new ConfigError(messages2.inputShape(file, `${where} xs`, batch.xs.shape, input));
  if (typeof config.loss === "string" && !/sparse/i.test(config.loss)) {
    const output = model.outputs[0].shape;
    if (!fits(batch.ys.shape, output)) {
      throw new ConfigError(messages2.targetShape(file, `${where} ys`, batch.ys.shape, output, config.loss));
    }
  }
}
function fits(shape, expected) {
  return shape.length === expected.length && expected.every((d, i) => i === 0 || d === null || d === shape[i]);
}
var TrainingSession;
var init_session = __esm({
  "src/runners/tfjs/session.ts"() {
    "use strict";
    init_files();
    init_errors();
    init_data();
    init_definition();
    init_messages6();
    init_prng();
    TrainingSession = class _TrainingSession {
      constructor(tf, seed, definition, model, batches, validation, initial, dataFingerprint) {
        this.tf = tf;
        this.seed = seed;
        this.definition = definition;
        this.model = model;
        this.batches = batches;
        this.validation = validation;
        this.initial = initial;
        this.dataFingerprint = dataFingerprint;
      }
      tf;
      seed;
      definition;
      model;
      batches;
      validation;
      initial;
      dataFingerprint;
      /**
       * Builds the model (weights drawn from `seed`), compiles it once for its loss and metrics, loads and checks the
       * data and snapshots the initial weights. Throws ConfigError naming the file and the field on any mistake.
       */
      static async open(tf, definition, options = {}) {
        const { config, file } = definition;
        const seed = options.seed ?? 0;
        const model = await callFactory(
          file,
          "model(tf)",
          () => withSeededRandom(deriveSeed(seed, SeedPurpose.weights), () => config.model(tf))
        );
        if (!(model instanceof tf.LayersModel)) throw new ConfigError(messages2.modelNotLayersModel(file, model));
        const owned = [];
        let batches = null;
        let data = null;
        let validation = [];
        try {
          if (model.inputs.length !== 1 || model.outputs.length !== 1) {
            throw new ConfigError(messages2.modelArity(file, model.inputs.length, model.outputs.length));
          }
          compile(model, config, file);
          data = checkData(
            tf,
            await callFactory(
              file,
              "data(tf, { seed })",
              () => withSeededRandom(deriveSeed(seed, SeedPurpose.data), () => config.data(tf, { seed }))
            ),
            file
          );
          batches = trainBatches(tf, data.train, { batchSize: config.batchSize, seed, file });
          const chunk = options.evalChunk ?? Math.max(config.batchSize, 1e3);
          validation = await validationChunks(tf, data.validation, chunk, file);
          const [first] = await batches.take(1);
          checkShapes(model, config, file, "data(tf).train", "xs" in data.train ? data.train : first);
          checkShapes(model, config, file, "data(tf).validation", "xs" in data.validation ? data.validation : validation[0]);
          const fingerprint = "xs" in data.train && "xs" in data.validation ? await fingerprintTensors({ "train.xs": data.train.xs, "train.ys": data.train.ys, "validation.xs": data.validation.xs, "validation.ys": data.validation.ys }) : null;
          for (const w of model.weights) owned.push(tf.keep(w.read().clone()));
          return new _TrainingSession(tf, seed, definition, model, batches, validation, owned, fingerprint);
        } catch (error) {
          tf.dispose(owned);
          batches?.dispose();
          if (data) {
            for (const split of [data.train, data.validation]) if ("xs" in split) tf.dispose([split.xs, split.ys]);
          }
          for (const chunk of validation) tf.dispose([chunk.xs, chunk.ys]);
          model.dispose();
          throw error;
        }
      }
      /** Number of weight tensors restored per trial (trainable and not, e.g. batch-norm statistics). */
      get weightCount() {
        return this.initial.length;
      }
      /** Puts the initial weights back, in place (the same variables, no rebuild, no recompile). */
      restore() {
        this.model.weights.forEach((w, i) => w.write(this.initial[i]));
      }
      /** A fresh optimizer for one trial at `lr`; the caller disposes it with {@link TrainingSession.disposeOptimizer}. */
      createOptimizer(lr) {
        const { tf } = this;
        const spec = this.definition.config.optimizer;
        if (typeof spec === "function") {
          let optimizer;
          try {
            optimizer = spec(tf, lr);
          } catch (error) {
            throw new ConfigError(messages2.factoryThrew(this.definition.file, `optimizer(tf, ${lr})`, reasonOf3(error)));
          }
          if (!(optimizer instanceof tf.Optimizer)) throw new ConfigError(messages2.optimizerInvalid(this.definition.file, optimizer));
          return optimizer;
        }
        switch (spec) {
          case "sgd":
            return tf.train.sgd(lr);
          case "momentum":
            return tf.train.momentum(lr, 0.9);
          case "adam":
            return tf.train.adam(lr);
          case "adamax":
            return tf.train.adamax(lr);
          case "rmsprop":
            return tf.train.rmsprop(lr);
          case "adagrad":
            return tf.train.adagrad(lr);
          case "adadelta":
            return tf.train.adadelta(lr);
        }
      }
      /** Disposes a trial's optimizer and all its state (moments, accumulators, its learning-rate scalar). */
      disposeOptimizer(optimizer) {
        optimizer.dispose();
        const c = optimizer.c;
        if (optimizer instanceof this.tf.MomentumOptimizer && c instanceof this.tf.Tensor && !c.isDisposed) c.dispose();
      }
      /**
       * Trains `steps` steps on the session's fixed batch sequence. After each step `stop(loss, step)` may end the
       * loop (divergence). Dropout and other random layers draw from a PRNG seeded identically for every call.
       */
      async train(optimizer, steps, stop) {
        return this.run(optimizer, true).train(steps, stop);
      }
      /**
       * Starts a resumable run with `optimizer` at the beginning of the batch sequence: each `run.train(steps, stop)`
       * continues where the previous one ended (next batch, same dropout stream), so an epoch-by-epoch run with
       * evaluations in between trains exactly like one {@link TrainingSession.train} call of all the steps.
       */
      startRun(optimizer) {
        return this.run(optimizer, false);
      }
      run(optimizer, keepBatches) {
        const random = mulberry32(deriveSeed(this.seed, SeedPurpose.trial));
        let position = 0;
        return {
          get position() {
            return position;
          },
          train: async (steps, stop) => {
            const result2 = await this.trainFrom(optimizer, position, steps, random, stop, keepBatches);
            position += result2.stepsRun;
            return result2;
          }
        };
      }
      async trainFrom(optimizer, from, steps, random, stop, keepBatches) {
        const { tf, model } = this;
        if (keepBatches) await this.batches.take(from + steps);
        const lossFn = compiledLoss(model);
        const variables = model.trainableWeights.map((w) => w.read());
        let lastLoss = Number.NaN;
        let stepsRun = 0;
        let stopped = false;
        await this.batches.each(from, steps, async (batch) => {
          const cost = withRandom(
            random,
            () => optimizer.minimize(
              () => {
                const prediction = model.apply(batch.xs, { training: true });
                let loss = tf.mean(lossFn(batch.ys, prediction));
                for (const penalty of model.calculateLosses()) loss = tf.add(loss, penalty);
                return loss;
              },
              true,
              variables
            )
          );
          lastLoss = cost ? (await cost.data())[0] ?? Number.NaN : Number.NaN;
          cost?.dispose();
          stepsRun += 1;
          stopped = stop(lastLoss, stepsRun);
          return stopped;
        });
        return { stepsRun, lastLoss, stopped };
      }
      /** Validation loss and metrics of the current weights, chunk by chunk inside tidy, read back once. */
      async evaluate() {
        const { tf, model } = this;
        const lossFn = compiledLoss(model);
        const metricFns = model.metricsTensors.map(([fn]) => fn);
        let total = 0;
        let sums = null;
        for (const chunk of this.validation) {
          const n = chunk.xs.shape[0];
          total += n;
          const previous = sums;
          sums = tf.tidy(() => {
            const prediction = model.apply(chunk.xs, { training: false });
            const values2 = [lossFn, ...metricFns].map((fn) => tf.mean(fn(chunk.ys, prediction)));
            const weighted = tf.mul(tf.stack(values2), n);
            return previous ? tf.add(previous, weighted) : weighted;
          });
          previous?.dispose();
        }
        const values = await sums.data();
        sums.dispose();
        const names = model.metricsNames.slice(1);
        const metrics = {};
        names.forEach((name, i) => metrics[name] = values[i + 1] / total);
        return { loss: values[0] / total, metrics };
      }
      /** Disposes the model, its compile-time optimizer, the snapshot and every data tensor. */
      dispose() {
        this.tf.dispose([...this.initial]);
        this.batches.dispose();
        for (const chunk of this.validation) this.tf.dispose([chunk.xs, chunk.ys]);
        this.model.dispose();
      }
    };
  }
});

// src/runners/tfjs/open.ts
async function openOnBackend(requested, definition, options) {
  const { searchFrom, seed = DEFAULT_SETTINGS.seed, backendOption } = options;
  const explicit = requested !== "auto";
  const candidates = explicit ? [requested] : AUTO_ORDER;
  const missing = [];
  const failures = [];
  for (const name of candidates) {
    let backend;
    try {
      backend = await loadBackend(name, { searchFrom });
    } catch (error) {
      if (!(error instanceof BackendUnavailableError)) throw error;
      if (explicit) throw new UsageError(messages2.backendUnavailable(name, error.reason, remedyFor(name, backendOption), backendOption));
      if (error.notInstalled && name in NATIVE_PACKAGES) missing.push(NATIVE_PACKAGES[name]);
      else failures.push(error.reason);
      continue;
    }
    let session = null;
    try {
      session = await TrainingSession.open(backend.tf, definition, { seed });
      await probeSession(session, definition.file);
    } catch (error) {
      releaseFailedStep(backend.tf);
      session?.dispose();
      const kernels = missingKernels(error);
      if (kernels.length === 0) throw error;
      const reason = messages2.wasmMissingKernels(kernels);
      if (explicit) throw new UsageError(messages2.backendUnavailable(name, reason, messages2.useBackend("cpu", backendOption), backendOption));
      failures.push(reason);
      continue;
    }
    const detail = name in NATIVE_PACKAGES ? `${NATIVE_PACKAGES[name]} from ${backend.from}` : explicit ? messages2.backendRequested(backendOption) : messages2.fallbackDetail(missing, searchFrom, failures);
    options.log?.(messages2.backendRunning(name, detail));
    return { backend, session, detail };
  }
  throw new UsageError(messages2.backendUnavailable("cpu", failures.join("; "), remedyFor("cpu", backendOption), backendOption));
}
var init_open = __esm({
  "src/runners/tfjs/open.ts"() {
    "use strict";
    init_errors();
    init_backend();
    init_messages6();
    init_runner();
    init_session();
    init_settings();
  }
});

// src/runners/tfjs/wire.ts
function readNumber(value) {
  if (typeof value === "number") return value;
  if (value === "NaN" || value === null) return Number.NaN;
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
  throw new TypeError(`not a number on the wire: ${JSON.stringify(value)}`);
}
function readOutcome(fields, lr) {
  const error = fields.error;
  if (error !== void 0 && error !== null) {
    const message = typeof error.message === "string" ? error.message : JSON.stringify(error);
    if (error.name === "ConfigError") throw new ConfigError(message);
    if (error.name === "UsageError") throw new UsageError(message);
    if (error.name === "TrialError") throw new TrialError(message, lr);
    throw new TrialError(messages2.trialFailed(lr, message), lr);
  }
  const metrics = {};
  for (const [name, value] of Object.entries(fields.metrics ?? {})) metrics[name] = readNumber(value);
  const timing = fields.timing;
  return {
    loss: readNumber(fields.loss),
    diverged: fields.diverged === true,
    stepsRun: Number(fields.stepsRun),
    trainLoss: fields.trainLoss === null ? null : readNumber(fields.trainLoss),
    metrics,
    timing: { trainMs: Number(timing.trainMs), evalMs: Number(timing.evalMs), resetMs: Number(timing.resetMs) }
  };
}
var init_wire = __esm({
  "src/runners/tfjs/wire.ts"() {
    "use strict";
    init_errors();
    init_messages6();
  }
});

// src/runners/tfjs/children.ts
import { existsSync as existsSync2 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname as dirname3, join as join4 } from "node:path";
import { fileURLToPath as fileURLToPath2, pathToFileURL as pathToFileURL2 } from "node:url";
function childArgv() {
  const here = fileURLToPath2(import.meta.url);
  if (true) {
    for (const dir of [dirname3(here), dirname3(dirname3(here))]) {
      const entry = join4(dir, "tfjs-child.js");
      if (existsSync2(entry)) return [process.execPath, entry];
    }
    throw new Error(`lr-sweep: ${"tfjs-child.js"} is missing next to ${here}; the package is incomplete`);
  }
  const tsx = join4(dirname3(createRequire2(import.meta.url).resolve("tsx/package.json")), "dist", "loader.mjs");
  return [process.execPath, "--import", pathToFileURL2(tsx).href, join4(dirname3(here), "child.ts")];
}
function shellLine(argv) {
  return argv.map((word) => `'${word.replaceAll("'", `'\\''`)}'`).join(" ");
}
function createTfjsChildren(options) {
  const workers = createWorkerRunner({
    command: shellLine(childArgv()),
    cwd: options.spec.cwd,
    env: { ...process.env, [CHILD_ENV]: JSON.stringify(options.spec) },
    answer: (answer, lr) => readOutcome(answer.fields, lr),
    ...options.slots === void 0 ? {} : { slots: options.slots },
    ...options.devices === void 0 ? {} : { devices: options.devices },
    ...options.devicesInput === void 0 ? {} : { devicesInput: options.devicesInput },
    ...options.log === void 0 ? {} : { log: options.log }
  });
  return {
    run: (lr, request) => workers.run(lr, request),
    close: async () => workers.close?.(),
    kill: () => workers.kill?.()
  };
}
var CHILD_ENV;
var init_children = __esm({
  "src/runners/tfjs/children.ts"() {
    "use strict";
    init_worker2();
    init_wire();
    CHILD_ENV = "LR_SWEEP_TFJS_CHILD";
  }
});

// src/runners/tfjs/index.ts
var tfjs_exports = {};
__export(tfjs_exports, {
  BACKEND_NAMES: () => BACKEND_NAMES,
  OPTIMIZER_NAMES: () => OPTIMIZER_NAMES,
  createTfjsRunner: () => createTfjsRunner,
  defineConfig: () => defineConfig
});
import { dirname as dirname4 } from "node:path";
async function createTfjsRunner(options) {
  const requested = options.backend ?? "auto";
  if (!BACKEND_NAMES.includes(requested)) throw new UsageError(messages2.backendInvalid(requested, BACKEND_NAMES, options.backendOption));
  const divergeFactor = options.divergeFactor ?? DEFAULT_DIVERGE_FACTOR;
  if (typeof divergeFactor !== "number" || !(divergeFactor > 1) || !Number.isFinite(divergeFactor)) {
    throw new UsageError(messages2.divergeFactorInvalid(divergeFactor));
  }
  const cwd = options.cwd ?? process.cwd();
  const seed = options.seed ?? 0;
  const slots = slotCount(options.slots, options.devices, options.devicesInput);
  const definition = await loadDefinition(options.configPath, cwd);
  const searchFrom = [.../* @__PURE__ */ new Set([dirname4(definition.path), cwd])];
  const { backend, session } = await openOnBackend(requested, definition, {
    searchFrom,
    seed,
    ...options.log ? { log: options.log } : {},
    ...options.backendOption === void 0 ? {} : { backendOption: options.backendOption }
  });
  const { steps, lrRange } = definition.config;
  const { dataFingerprint } = session;
  let runner;
  if (slots === 1 && options.devices === void 0) {
    const openSession = (s) => TrainingSession.open(backend.tf, definition, { seed: s });
    const inProcess = new TfjsTrialRunner({ session, openSession, divergeFactor });
    runner = { run: (lr, request) => inProcess.run(lr, request), close: () => inProcess.close(), kill: () => void 0 };
  } else {
    session.dispose();
    runner = createTfjsChildren({
      spec: { configPath: options.configPath, cwd, backend: backend.name, seed, divergeFactor },
      slots,
      ...options.devices === void 0 ? {} : { devices: options.devices },
      ...options.devicesInput === void 0 ? {} : { devicesInput: options.devicesInput },
      ...options.log === void 0 ? {} : { log: options.log }
    });
  }
  return {
    run: (lr, request) => runner.run(lr, request),
    close: () => runner.close(),
    kill: () => runner.kill(),
    identity: `config:${definition.path}#backend=${backend.name}`,
    slots,
    backend: backend.name,
    tf: backend.tf,
    file: definition.file,
    dataFingerprint,
    defaults: {
      ...steps !== void 0 ? { steps } : {},
      ...lrRange !== void 0 ? { startLr: lrRange[0], endLr: lrRange[1] } : {}
    }
  };
}
var init_tfjs = __esm({
  "src/runners/tfjs/index.ts"() {
    "use strict";
    init_errors();
    init_backend();
    init_definition();
    init_messages6();
    init_open();
    init_runner();
    init_session();
    init_devices();
    init_children();
    init_backend();
    init_definition();
  }
});

// src/report/files.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdir as mkdir2, readdir as readdir2, readFile as readFile2, rename as rename2, rm, stat as stat2, writeFile } from "node:fs/promises";
import { basename, dirname as dirname5, join as join5, resolve as resolve7 } from "node:path";
async function makeFolder(dir) {
  const missing = [];
  let at = resolve7(dir);
  while (await stat2(at).catch(() => null) === null) {
    missing.unshift(at);
    const parent = dirname5(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing) {
    await mkdir2(folder).catch((error) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
}
async function writeFileSafely(path, data) {
  const temporary = join5(dirname5(path), `.${basename(path)}.${process.pid}-${randomBytes2(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, data, { flag: "wx" });
    await rename2(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => void 0);
    throw error;
  }
  return path;
}
function systemReason(error) {
  const text = error instanceof Error ? error.message : String(error);
  const code2 = error?.code;
  const first = text.split("\n")[0] ?? text;
  return code2 === void 0 ? first : first.replace(/,\s.*$/, "");
}
var init_files2 = __esm({
  "src/report/files.ts"() {
    "use strict";
    init_errors();
    init_output2();
  }
});

// src/report/theme.ts
var PICK_COLORS, COLORS, SIZES, RULE_DASHES, RULE_LABEL, STROKES, CROSS_SHAPE, CHART_CONFIG;
var init_theme = __esm({
  "src/report/theme.ts"() {
    "use strict";
    init_names();
    PICK_COLORS = methodColumn("colour");
    COLORS = {
      fit: "#222222",
      window: "#777777",
      windowShade: "#f6e7cf",
      /** The window's shade under spread bands: neutral, so the orange midpoint band stays distinct from it. */
      windowShadeNeutral: "#e9e9e9",
      lossAtZero: "#9a9a9a",
      coarse: "#555555",
      refinement: "#9467bd",
      aboveAxis: "#8c564b",
      diverged: "#d62728",
      curvature: "#222222",
      searchShade: "#dbe9f6",
      warning: "#b00020"
    };
    SIZES = {
      width: 560,
      curveHeight: 320,
      curvatureHeight: 200
    };
    RULE_DASHES = {
      minLr: [10, 4],
      maxLr: [10, 3, 2, 3],
      ...methodColumn("dash"),
      lossAtZero: [2, 3]
    };
    RULE_LABEL = { fontSize: 10.5, color: "#333333" };
    STROKES = { selected: 3.5, pick: 1.8, bound: 1.5, fit: 2.2 };
    CROSS_SHAPE = "M-1,-0.7L-0.7,-1L0,-0.3L0.7,-1L1,-0.7L0.3,0L1,0.7L0.7,1L0,0.3L-0.7,1L-1,0.7L-0.3,0Z";
    CHART_CONFIG = {
      font: "DejaVu Sans, Helvetica, Arial, sans-serif",
      view: { stroke: "#bbbbbb" },
      axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", gridColor: "#eeeeee", tickColor: "#999999", domainColor: "#999999" },
      legend: { labelFontSize: 11, titleFontSize: 11.5, labelLimit: 260, symbolSize: 110, rowPadding: 3 },
      title: { fontSize: 15, subtitleFontSize: 11.5, subtitleColor: "#444444", anchor: "start", offset: 10, subtitlePadding: 4 }
    };
  }
});

// src/report/chartData.ts
function isDiverged(record) {
  return record.diverged || record.loss === null || !Number.isFinite(record.loss);
}
function finiteTrials(samples) {
  const out = [];
  for (const s of samples) {
    if (s.lr > 0 && !isDiverged(s)) out.push({ lr: s.lr, loss: s.loss });
  }
  return out;
}
function lossRange(samples, analysis) {
  const trials = finiteTrials(samples);
  const l0 = analysis.lossAtZero !== null && Number.isFinite(analysis.lossAtZero) ? analysis.lossAtZero : null;
  const fitValues = (analysis.fit?.y ?? []).filter(Number.isFinite);
  const all = [...trials.map((t) => t.loss), ...l0 === null ? [] : [l0]];
  if (all.length === 0) return { domain: [0, 1], clippedAt: null };
  const lowest = Math.min(...all, ...fitValues);
  const highest = Math.max(...all);
  const best = trials.reduce((b, t) => b === null || t.loss < b.loss ? t : b, null);
  const left = trials.filter((t) => best !== null && t.lr <= best.lr).map((t) => t.loss);
  const plateau = Math.max(...left, ...l0 === null ? [] : [l0], lowest);
  const descent = plateau - lowest;
  if (descent > 0 && highest - lowest > CLIP_RATIO * descent) {
    const domain = pad(lowest, plateau + CLIP_HEADROOM * descent);
    return { domain, clippedAt: domain[1] };
  }
  return { domain: pad(lowest, highest), clippedAt: null };
}
function pad(lo, hi) {
  const span = hi - lo;
  if (!(span > 0)) {
    const half = Math.abs(lo) * 0.1 || 0.5;
    return [lo - half, hi + half];
  }
  return [lo - 0.05 * span, hi + 0.1 * span];
}
function trialPoints(samples, range) {
  const topEdge = range.domain[1];
  return samples.filter((s) => s.lr > 0).map((s) => {
    if (isDiverged(s)) return { lr: s.lr, loss: null, y: topEdge, round: s.round, kind: "diverged" };
    const loss = s.loss;
    if (range.clippedAt !== null && loss > topEdge) return { lr: s.lr, loss, y: topEdge, round: s.round, kind: "above loss axis" };
    return { lr: s.lr, loss, y: loss, round: s.round, kind: s.round === 0 ? "coarse grid" : "refinement" };
  }).sort((a, b) => a.lr - b.lr);
}
function lrAxis(samples, fit) {
  const logs = samples.filter((s) => s.lr > 0 && Number.isFinite(s.lr)).map((s) => Math.log10(s.lr));
  if (fit !== null) logs.push(...fit.x.filter(Number.isFinite));
  const lo = logs.length > 0 ? Math.min(...logs) - LR_PAD_DECADES : -7;
  const hi = logs.length > 0 ? Math.max(...logs) + LR_PAD_DECADES : 1;
  const ticksAt = (multiples) => {
    const out = [];
    for (let d = Math.floor(lo); d <= Math.ceil(hi); d++) {
      for (const m of multiples) {
        const lv = Math.log10(m) + d;
        if (lv >= lo - 1e-9 && lv <= hi + 1e-9) out.push(Number((m * 10 ** d).toPrecision(12)));
      }
    }
    return out;
  };
  const decades = ticksAt([1]);
  const ticks = decades.length >= MIN_DECADE_TICKS ? decades : ticksAt([1, 2, 5]);
  return { domain: [10 ** lo, 10 ** hi], ticks, format: ".0e" };
}
function curvatureRange(fit, focusLr2) {
  const ks = fit === null ? [] : fit.curvature.filter(Number.isFinite);
  if (fit === null || ks.length === 0) return { domain: [-1, 1], clippedAt: null };
  const limit = focusLr2 === null ? Infinity : Math.log10(focusLr2);
  const inside = fit.curvature.filter((k, i) => Number.isFinite(k) && (fit.x[i] ?? Infinity) <= limit);
  const roi = inside.length > 1 ? inside : ks;
  const lo = Math.min(...roi, 0);
  const hi = Math.max(...roi, 0);
  const allLo = Math.min(...ks);
  const allHi = Math.max(...ks);
  const span = hi - lo;
  if (span > 0 && allHi - allLo > CURVATURE_CLIP_RATIO * span) {
    const reach = Math.max(hi, -lo);
    const margin = 0.15 * reach;
    const domain = [Math.min(lo, -reach) - margin, reach + margin];
    return { domain, clippedAt: domain[1] };
  }
  return { domain: pad(allLo, allHi), clippedAt: null };
}
function lrEncoding(axis) {
  return {
    field: "lr",
    type: "quantitative",
    title: "learning rate (log scale)",
    scale: { type: "log", domain: [...axis.domain], nice: false },
    axis: { values: [...axis.ticks], format: axis.format, grid: true }
  };
}
function seriesEncodings(series, title) {
  const legend = { orient: "right", symbolType: "stroke", symbolStrokeWidth: 2.5, symbolSize: 260 };
  const domain = series.map((s) => s.label);
  const base = { field: "series", type: "nominal", title, legend };
  return {
    color: { ...base, scale: { domain, range: series.map((s) => s.color) } },
    strokeDash: { ...base, scale: { domain, range: series.map((s) => [...s.dash]) } }
  };
}
function placeRules(rules, axis, options) {
  const fontSize = options.fontSize ?? 10.5;
  const [lo, hi] = axis.domain.map(Math.log10);
  const pxPerDecade = hi > lo ? options.width / (hi - lo) : 1;
  const sorted = rules.map((rule, index) => ({ rule, index })).filter(({ rule }) => rule.lr > 0 && Number.isFinite(rule.lr)).sort((a, b) => a.rule.lr - b.rule.lr || a.index - b.index).map(({ rule }) => rule);
  const px = sorted.map((r) => (Math.log10(r.lr) - lo) * pxPerDecade);
  const drawn = [...px];
  let start = 0;
  for (let i = 1; i <= px.length; i++) {
    if (i < px.length && px[i] - px[i - 1] < RULE_SEPARATION_PX) continue;
    const size = i - start;
    if (size > 1) {
      const centre = px.slice(start, i).reduce((a, b) => a + b, 0) / size;
      for (let k = 0; k < size; k++) drawn[start + k] = centre + (k - (size - 1) / 2) * RULE_SEPARATION_PX;
    }
    start = i;
  }
  const lanes = [];
  return sorted.map((rule, i) => {
    const x = drawn[i];
    const textWidth = rule.label.length * fontSize * GLYPH_WIDTH;
    const align = x + LABEL_GAP_PX + textWidth <= options.width ? "left" : "right";
    const span = align === "left" ? [x + LABEL_GAP_PX, x + LABEL_GAP_PX + textWidth] : [x - LABEL_GAP_PX - textWidth, x - LABEL_GAP_PX];
    const clear = (lane2) => lane2.every(([a, b]) => span[1] + LABEL_GAP_PX <= a || b + LABEL_GAP_PX <= span[0]);
    let lane = lanes.findIndex(clear);
    if (lane < 0) lane = lanes.push([]) - 1;
    lanes[lane]?.push(span);
    return { ...rule, drawLr: 10 ** (lo + x / pxPerDecade), lane, labelY: 3 + lane * (fontSize + 3), align };
  });
}
function ruleLabelLayers(rows, x) {
  return ["left", "right"].flatMap((align) => {
    const values = rows.filter((r) => r.align === align).map((r) => ({ drawLr: r.drawLr, labelY: r.labelY, label: r.label }));
    if (values.length === 0) return [];
    return [
      {
        // Layer names must be unique in a spec: labels right of their rule, then those flipped left of it.
        name: align === "left" ? "ruleLabels" : "ruleLabelsFlipped",
        data: { values },
        mark: { type: "text", align, baseline: "top", dx: align === "left" ? 4 : -4, fontSize: RULE_LABEL.fontSize, color: RULE_LABEL.color },
        encoding: { x: { ...x, field: "drawLr" }, y: { field: "labelY", type: "quantitative", scale: null }, text: { field: "label", type: "nominal" } }
      }
    ];
  });
}
var CLIP_RATIO, CLIP_HEADROOM, MIN_DECADE_TICKS, LR_PAD_DECADES, CURVATURE_CLIP_RATIO, GLYPH_WIDTH, RULE_SEPARATION_PX, LABEL_GAP_PX;
var init_chartData = __esm({
  "src/report/chartData.ts"() {
    "use strict";
    init_theme();
    CLIP_RATIO = 3;
    CLIP_HEADROOM = 0.5;
    MIN_DECADE_TICKS = 4;
    LR_PAD_DECADES = 0.15;
    CURVATURE_CLIP_RATIO = 5;
    GLYPH_WIDTH = 0.62;
    RULE_SEPARATION_PX = 3.5;
    LABEL_GAP_PX = 4;
  }
});

// src/report/format.ts
function formatLoss2(loss) {
  if (loss === null || !Number.isFinite(loss)) return "\u2014";
  if (loss === 0) return "0";
  const magnitude = Math.abs(loss);
  if (magnitude >= 1e5 || magnitude < 1e-4) return loss.toExponential(2);
  return String(Number(loss.toPrecision(4)));
}
function formatDecades(decades) {
  return decades.toFixed(2);
}
function formatPlain(value, digits = 4) {
  if (value === 0 || !Number.isFinite(value)) return "0";
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  const fixed = value.toFixed(Math.min(decimals, 20));
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}
var init_format = __esm({
  "src/report/format.ts"() {
    "use strict";
  }
});

// src/report/messages.ts
function describeValue(value) {
  return value === void 0 ? "nothing" : JSON.stringify(value) ?? String(value);
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
var METHOD_LABELS, messages3;
var init_messages7 = __esm({
  "src/report/messages.ts"() {
    "use strict";
    init_types();
    init_names();
    init_format();
    init_numbers();
    METHOD_LABELS = methodColumn("label");
    messages3 = {
      /** One line when PNG output is skipped because node-canvas is unavailable. */
      pngSkipped: (why) => `PNG skipped: node-canvas could not load (${oneLine(why)}); wrote SVG and Markdown only. PNGs need the optional dependency canvas: \`npm install canvas\` where lr-sweep is installed (prebuilt on common platforms; see node_modules/lr-sweep/docs/install.md).`,
      /** One line when results.json cannot be used. */
      badResultFile: (path, problem) => `${path}: ${oneLine(problem)}`,
      /** results.json problem: the text is not JSON. */
      notJson: (detail) => `not valid JSON (${oneLine(detail)})`,
      /** results.json problem: the document is not an object. */
      notResultsObject: (got) => `expected a results.json object, got ${describeValue(got)}`,
      /** results.json problem: `samples` is not an array. */
      samplesNotArray: (got) => `"samples" must be an array of trials, got ${describeValue(got)}`,
      /** results.json problem: a trial is not an object. */
      sampleNotObject: (i, got) => `samples[${i}] must be an object {lr, loss, diverged, round}, got ${describeValue(got)}`,
      /** results.json problem: a trial's lr. */
      sampleLr: (i, got) => `samples[${i}].lr must be a number \u2265 0, got ${describeValue(got)}`,
      /** results.json problem: a trial's loss. */
      sampleLoss: (i, got) => `samples[${i}].loss must be a number or null, got ${describeValue(got)}`,
      /** results.json problem: a trial's diverged flag. */
      sampleDiverged: (i, got) => `samples[${i}].diverged must be true or false, got ${describeValue(got)}`,
      /** results.json problem: a trial's round. */
      sampleRound: (i, got) => `samples[${i}].round must be an integer \u2265 0, got ${describeValue(got)}`,
      /** results.json problem: `picks` has the wrong shape. */
      picksShape: (got) => `"picks" must be null or {${METHODS.join(", ")}}, got ${describeValue(got)}`,
      /** results.json problem: one pick is not a positive number. */
      pickValue: (method, got) => `picks.${method} must be a number > 0, got ${describeValue(got)}`,
      /** results.json problem: `method` is not one of the methods. */
      methodValue: (allowed, got) => `"method" must be one of ${allowed.join(", ")}, got ${describeValue(got)}`,
      /** results.json problem: a top-level field that must be a finite number or null. */
      numberOrNull: (key, got) => `"${key}" must be a number or null, got ${describeValue(got)}`,
      /** results.json problem: `reason`. */
      reasonValue: (got) => `"reason" must be a string or null, got ${describeValue(got)}`,
      /** results.json problem: `settings`. */
      settingsValue: (got) => `"settings" must be an object, got ${describeValue(got)}`,
      /** results.json problem: `trials`. */
      trialsValue: (got) => `"trials" must be an integer \u2265 0, got ${describeValue(got)}`,
      /** One line when a report file or folder cannot be written. */
      cannotWrite: (path, error) => `report: cannot write ${path} (${oneLine(error instanceof Error ? error.message : String(error))})`,
      /** What `lr-sweep report` prints on success: the files, one per line. */
      reportWritten: (files) => `Wrote ${files.length} files:
${files.map((f) => `  ${f}`).join("\n")}
`,
      /** The curve chart's title. */
      curveTitle: (steps) => steps === void 0 ? "Validation loss by learning rate" : `Validation loss after ${steps} steps, by learning rate`,
      /** Subtitle line naming the window and the selected pick. */
      windowSubtitle: (minLr, maxLr, method, selected) => `Viable window ${displayLr(minLr)} \u2013 ${displayLr(maxLr)} (shaded); selected ${METHOD_LABELS[method]} = ${displayLr(selected)}`,
      /** Subtitle line naming the window and the selected median over repeated searches. */
      windowSubtitleMedian: (minLr, maxLr, method, median2, repeats) => `Viable window ${displayLr(minLr)} \u2013 ${displayLr(maxLr)} (shaded); selected ${METHOD_LABELS[method]} = ${displayLr(median2)}, the median over ${repeats} seeds`,
      /** Subtitle line saying what the spread bands and the lines stand for. */
      spreadSubtitle: (repeats) => `Coloured bands: where each pick fell over ${repeats} seeds, \u25B2 its median; the curve, trials and lines are the first seed's`,
      /** Title of the spread legend. */
      spreadLegendTitle: (repeats) => `Pick spread over ${repeats} seeds`,
      /** One entry of the spread legend: the pick's range, its width in decades and its median. */
      spreadLegendLabel: (method, lo, hi, median2, count, repeats) => `${METHOD_LABELS[method]} ${displayLr(lo)} \u2013 ${displayLr(hi)} (${formatDecades(Math.log10(hi / lo))} dec), median ${displayLr(median2)}` + (count < repeats ? `; ${count} of ${repeats} seeds` : ""),
      /** The selected median's line in the "Curve and picks" legend. */
      selectedMedianLabel: (method, median2) => `${METHOD_LABELS[method]} median = ${displayLr(median2)}  \u2605 selected`,
      /** Subtitle when there is no window: the analysis' reason, prominent. */
      noWindowSubtitle: (reason) => `No viable window: ${reason}`,
      /** Subtitle line when the loss axis is cut to keep the descent readable. */
      lossClipped: (clippedAt, above) => `Loss axis cut at ${formatLoss2(clippedAt)} to keep the descent readable` + (above > 0 ? `; ${above} trial${above === 1 ? "" : "s"} above it drawn as \u25B2 on the top edge` : ""),
      /** Subtitle line when some trials diverged. */
      divergedNote: (count) => `${count} diverged trial${count === 1 ? "" : "s"} marked \u2715 along the top edge`,
      /** The curvature chart's title. */
      curvatureTitle: () => "Curvature of the fitted loss curve",
      /** The curvature chart's subtitle: the footnote's rule. */
      curvatureSubtitle: () => [
        "k = y''/(1 + y'\xB2)^(3/2) of the fitted curve, with y = loss and x = log10(lr)",
        "minLr is the lowest k left of halfLoss (the shaded search region), per the paper's footnote"
      ],
      /** Curvature subtitle when there is no fitted curve. */
      noFitSubtitle: (reason) => `No fitted curve to differentiate: ${reason}`,
      /** Subtitle line when the curvature axis is cut. */
      curvatureClipped: () => "Curvature axis cut to the scale of the knee region; the curve leaves it where the fit bends hard near its minimum",
      /** Markdown: heading line. */
      heading: () => "### lr-sweep: learning-rate search",
      /** Markdown: the selected-lr sentence. */
      selectedSentence: (method, lr) => `**Selected learning rate: \`${displayLr(lr)}\`** (${METHOD_LABELS[method]} of the viable window).`,
      /** Markdown: the selected-lr sentence when the selection is the median over repeated searches. */
      selectedMedianSentence: (method, lr, repeats) => `**Selected learning rate: \`${displayLr(lr)}\`** (median of the ${METHOD_LABELS[method]} picks of ${repeats} searches with different seeds).`,
      /** Markdown: first cell of a pick's row over repeated searches. */
      spreadRowLabel: (method, repeats) => `${METHOD_LABELS[method]} over ${repeats} seeds`,
      /** Markdown: a pick's median and spread over repeated searches (lrs in code spans). */
      spreadRowValue: (median2, lo, hi, spreadDecades, count, repeats) => `median \`${displayLr(median2)}\`, spread ${formatDecades(spreadDecades)} decades (\`${displayLr(lo)}\` \u2013 \`${displayLr(hi)}\`)` + (count < repeats ? `; ${count} of ${repeats} seeds had a window` : ""),
      /** Markdown: a pick no repeated search found. */
      spreadRowNone: () => "no window in any seed",
      /** Markdown: the selected cell's note when it is the median. */
      selectedMedianNote: (repeats) => `median over ${repeats} seeds`,
      /** Markdown: drift verdict cell. */
      verdict: (verdict, drift, tolerance) => {
        switch (verdict) {
          case "pass":
            return `\u2705 pass: within ${formatDecades(tolerance)} decades`;
          case "fail":
            return `\u274C fail: ${formatDecades(drift)} decades from the committed value, more than the ${formatDecades(tolerance)} allowed`;
          case "updated":
            return "\u{1F4DD} updated: the committed value was replaced by the new selection";
        }
      },
      /** Markdown: caption under the Mermaid chart, saying what it plots. */
      mermaidCaption: (stepDecades, from, to, clippedAt) => `_Fitted loss curve from ${from} to ${to}, read every ${formatDecades(stepDecades)} decades of learning rate` + (clippedAt === null ? "" : `; loss axis cut at ${formatLoss2(clippedAt)}`) + ". The PNG charts show every trial._",
      /** Markdown: caption when there is no fit and the chart shows trials directly. */
      mermaidSamplesCaption: () => "_No fitted curve: the chart shows the finite trials in order of learning rate, one category each._",
      /** Markdown: what the Mermaid chart's marks are (the chart has no legend of its own). */
      mermaidLegend: (window, selected) => [
        window === null ? "" : `The grey bracket above the curve spans the viable window (${displayLr(window.minLr)} to ${displayLr(window.maxLr)}).`,
        selected === null ? "" : `\u2605 on the lr axis: the selected ${selected.label}, ${displayLr(selected.lr)}.`
      ].filter((t) => t !== "").map((t) => `_${t}_`).join(" "),
      /** Markdown: in place of the chart when no trial has a finite loss. */
      mermaidNothing: () => "_No trial produced a finite loss, so there is no curve to chart._",
      /** Markdown: summary line of the collapsed trial table. */
      trialsSummary: (count) => `All ${count} trials (lr, validation loss, round, diverged)`,
      /** Markdown: note under a cut trial table. */
      trialsTruncated: (shown, total) => `_Showing ${shown} of ${total} trials to stay under GitHub's comment size limit; every trial is in results.json._`,
      /** Markdown: the artifact link line. */
      artifactLink: (url) => `Charts (curve and curvature, PNG and SVG) and results.json: [download the artifact](${url}).`
    };
  }
});

// src/report/curvatureSpec.ts
function interpolate(xs, ys, x) {
  for (let i = 1; i < xs.length; i++) {
    const x0 = xs[i - 1];
    const x1 = xs[i];
    if (x >= x0 && x <= x1) {
      const t = x1 === x0 ? 0 : (x - x0) / (x1 - x0);
      return ys[i - 1] * (1 - t) + ys[i] * t;
    }
  }
  return Number.NaN;
}
function curvatureSpec(input, options = {}) {
  const { analysis, samples } = input;
  const fit = analysis.fit;
  const width = options.width ?? SIZES.width;
  const height = options.height ?? SIZES.curvatureHeight;
  const axis = lrAxis(samples, fit);
  const range = curvatureRange(fit, analysis.picks?.halfLoss ?? analysis.maxLr);
  const rows = fit === null ? [] : fit.x.flatMap((lx, i) => {
    const k = fit.curvature[i];
    return k !== void 0 && Number.isFinite(k) && Number.isFinite(lx) ? [{ lr: 10 ** lx, k, series: "curvature k" }] : [];
  });
  const series = [];
  if (fit !== null) series.push({ label: "curvature k", color: COLORS.curvature, dash: [1, 0] });
  const rules = [];
  const layers = [];
  const halfLoss = analysis.picks?.halfLoss ?? null;
  const searchLabel = halfLoss === null ? null : `halfLoss = ${displayLr(halfLoss)} (search bound)`;
  const minLabel = analysis.minLr === null ? null : `minLr = ${displayLr(analysis.minLr)} (lowest k left of it)`;
  const maxLabel = analysis.maxLr === null ? null : `maxLr = ${displayLr(analysis.maxLr)}`;
  if (searchLabel !== null && halfLoss !== null) {
    series.push({ label: searchLabel, color: PICK_COLORS.halfLoss, dash: RULE_DASHES.halfLoss });
    rules.push({ lr: halfLoss, series: searchLabel, label: "halfLoss" });
  }
  if (minLabel !== null && analysis.minLr !== null) {
    series.push({ label: minLabel, color: COLORS.window, dash: RULE_DASHES.minLr });
    rules.push({ lr: analysis.minLr, series: minLabel, label: "minLr" });
  }
  if (maxLabel !== null && analysis.maxLr !== null) {
    series.push({ label: maxLabel, color: COLORS.window, dash: RULE_DASHES.maxLr });
    rules.push({ lr: analysis.maxLr, series: maxLabel, label: "maxLr" });
  }
  const { color, strokeDash } = seriesEncodings(series, "Curve and bounds");
  const x = lrEncoding(axis);
  const y = {
    field: "k",
    type: "quantitative",
    title: "curvature k",
    scale: { domain: [...range.domain], zero: false, nice: false }
  };
  if (fit !== null && halfLoss !== null && fit.x.length > 0) {
    layers.push({
      name: "searchRegion",
      data: { values: [{ from: 10 ** fit.x[0], to: halfLoss }] },
      mark: { type: "rect", color: COLORS.searchShade, opacity: 0.7 },
      encoding: { x: { ...x, field: "from" }, x2: { field: "to" } }
    });
  }
  layers.push({
    name: "zero",
    data: { values: [{ k: 0 }] },
    mark: { type: "rule", color: "#bbbbbb", strokeWidth: 1 },
    encoding: { y }
  });
  if (rules.length > 0) {
    const placed = placeRules(rules, axis, { width, fontSize: RULE_LABEL.fontSize });
    const rows2 = rules.map((r) => {
      const p = placed.find((q) => q.lr === r.lr && q.label === r.label);
      return { ...r, drawLr: p?.drawLr ?? r.lr, labelY: p?.labelY ?? 0, align: p?.align ?? "left" };
    });
    layers.push({
      name: "bounds",
      data: { values: rows2 },
      mark: { type: "rule", strokeWidth: STROKES.pick },
      encoding: { x: { ...x, field: "drawLr" }, color, strokeDash }
    });
    layers.push(...ruleLabelLayers(rows2, x));
  }
  layers.push({
    name: "curvature",
    data: { values: rows },
    mark: { type: "line", clip: true, strokeWidth: STROKES.fit },
    encoding: { x, y, color, strokeDash }
  });
  if (fit !== null && analysis.minLr !== null) {
    const k = interpolate(fit.x, fit.curvature, Math.log10(analysis.minLr));
    if (Number.isFinite(k)) {
      layers.push({
        name: "knee",
        data: { values: [{ lr: analysis.minLr, k }] },
        mark: { type: "point", filled: true, size: 70, color: COLORS.fit, clip: true },
        encoding: { x, y }
      });
    }
  }
  const subtitle = [];
  if (fit === null) subtitle.push(messages3.noFitSubtitle(analysis.reason?.message ?? "too few finite trials"));
  else {
    const [definition, rule] = messages3.curvatureSubtitle();
    if (analysis.reason !== null) subtitle.push(messages3.noWindowSubtitle(analysis.reason.message), definition);
    else subtitle.push(definition, rule);
    if (range.clippedAt !== null) subtitle.push(messages3.curvatureClipped());
  }
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    background: "white",
    padding: 12,
    width,
    height,
    title: {
      text: messages3.curvatureTitle(),
      subtitle,
      ...analysis.reason !== null ? { subtitleColor: COLORS.warning } : {}
    },
    config: CHART_CONFIG,
    layer: layers
  };
}
var init_curvatureSpec = __esm({
  "src/report/curvatureSpec.ts"() {
    "use strict";
    init_chartData();
    init_messages7();
    init_theme();
    init_numbers();
  }
});

// src/report/curveSpec.ts
function curveSpec(input, options = {}) {
  const { analysis, samples, method } = input;
  const width = options.width ?? SIZES.width;
  const height = options.height ?? SIZES.curveHeight;
  const range = lossRange(samples, analysis);
  const axis = lrAxis(samples, analysis.fit);
  const points = trialPoints(samples, range);
  const series = [];
  const lineLayers = [];
  const ruleRows = [];
  const fitLabel = analysis.curveModel === "shape" ? "fitted curve (shape model)" : "fitted curve";
  if (analysis.fit !== null) series.push({ label: fitLabel, color: COLORS.fit, dash: [1, 0] });
  const l0Label = analysis.lossAtZero === null ? null : `L(0) = ${formatLoss2(analysis.lossAtZero)} (lr = 0, untrained)`;
  if (l0Label !== null) series.push({ label: l0Label, color: COLORS.lossAtZero, dash: RULE_DASHES.lossAtZero });
  if (analysis.minLr !== null && analysis.maxLr !== null) {
    const minLabel = `minLr = ${displayLr(analysis.minLr)} (knee)`;
    const maxLabel = `maxLr = ${displayLr(analysis.maxLr)} (curve minimum)`;
    series.push({ label: minLabel, color: COLORS.window, dash: RULE_DASHES.minLr }, { label: maxLabel, color: COLORS.window, dash: RULE_DASHES.maxLr });
    ruleRows.push({ lr: analysis.minLr, series: minLabel, selected: false, label: "minLr" }, { lr: analysis.maxLr, series: maxLabel, selected: false, label: "maxLr" });
  }
  const shown = shownMethods(method);
  const bands = (input.spread ?? []).filter((b) => shown.includes(b.method));
  const medianSelected = input.selection === "median";
  if (analysis.picks !== null) {
    for (const m of shown) {
      const lr = analysis.picks[m];
      const starred = m === method && !medianSelected;
      const label = `${METHOD_LABELS[m]} = ${displayLr(lr)}${bands.length > 0 ? " (first seed)" : ""}${starred ? "  \u2605 selected" : ""}`;
      series.push({ label, color: PICK_COLORS[m], dash: RULE_DASHES[m] });
      ruleRows.push({ lr, series: label, selected: starred, label: `${METHOD_LABELS[m]}${starred ? " \u2605" : ""}` });
    }
  }
  const selectedBand = medianSelected ? bands.find((b) => b.method === method) : void 0;
  if (selectedBand !== void 0) {
    const label = messages3.selectedMedianLabel(method, selectedBand.median);
    series.push({ label, color: PICK_COLORS[method], dash: RULE_DASHES[method] });
    ruleRows.push({ lr: selectedBand.median, series: label, selected: true, label: `${METHOD_LABELS[method]} median \u2605` });
  }
  const { color, strokeDash } = seriesEncodings(series, "Curve and picks");
  const x = lrEncoding(axis);
  const y = {
    field: "loss",
    type: "quantitative",
    title: "validation loss",
    scale: { domain: [...range.domain], zero: false, nice: false }
  };
  if (analysis.minLr !== null && analysis.maxLr !== null) {
    lineLayers.push({
      name: "window",
      data: { values: [{ minLr: analysis.minLr, maxLr: analysis.maxLr }] },
      mark: { type: "rect", color: bands.length > 0 ? COLORS.windowShadeNeutral : COLORS.windowShade, opacity: 0.6 },
      encoding: { x: { ...x, field: "minLr" }, x2: { field: "maxLr" } }
    });
  }
  lineLayers.push(...spreadLayers(bands, x));
  if (l0Label !== null) {
    lineLayers.push({
      name: "lossAtZero",
      data: { values: [{ loss: analysis.lossAtZero, series: l0Label }] },
      mark: { type: "rule", strokeWidth: STROKES.bound, clip: true },
      encoding: { y, color, strokeDash }
    });
  }
  if (ruleRows.length > 0) {
    const placed = placeRules(ruleRows, axis, { width, fontSize: RULE_LABEL.fontSize });
    const rows = ruleRows.map((r) => {
      const p = placed.find((q) => q.lr === r.lr && q.label === r.label);
      return { ...r, drawLr: p?.drawLr ?? r.lr, labelY: p?.labelY ?? 0, align: p?.align ?? "left" };
    });
    lineLayers.push({
      name: "picks",
      data: { values: rows },
      mark: { type: "rule" },
      encoding: {
        x: { ...x, field: "drawLr" },
        color,
        strokeDash,
        strokeWidth: { condition: { test: "datum.selected", value: STROKES.selected }, value: STROKES.pick }
      }
    });
    lineLayers.push(...ruleLabelLayers(rows, x));
  }
  if (analysis.fit !== null) {
    const fit = analysis.fit;
    const rows = fit.x.flatMap((lx, i) => {
      const loss = fit.y[i];
      return loss !== void 0 && Number.isFinite(loss) && Number.isFinite(lx) ? [{ lr: 10 ** lx, loss, series: fitLabel }] : [];
    });
    lineLayers.push({
      name: "fit",
      data: { values: rows },
      mark: { type: "line", clip: true, strokeWidth: STROKES.fit, interpolate: "linear" },
      encoding: { x, y, color, strokeDash }
    });
  }
  const kinds = TRIAL_ORDER.filter((k) => points.some((p) => p.kind === k));
  const counts = new Map(kinds.map((k) => [k, points.filter((p) => p.kind === k).length]));
  const kindLabel = (k) => `${k} (${counts.get(k) ?? 0})`;
  const trialDomain = kinds.map(kindLabel);
  const trialLayer = {
    name: "trials",
    data: { values: points.map((p) => ({ lr: p.lr, loss: p.y, measured: p.loss, round: p.round, kind: kindLabel(p.kind) })) },
    mark: { type: "point", filled: true, size: 46, opacity: 0.9, strokeWidth: 0 },
    encoding: {
      x,
      y,
      fill: {
        field: "kind",
        type: "nominal",
        title: "Trials",
        scale: { domain: trialDomain, range: kinds.map((k) => TRIAL_STYLE[k].fill) },
        legend: { orient: "right" }
      },
      shape: {
        field: "kind",
        type: "nominal",
        title: "Trials",
        scale: { domain: trialDomain, range: kinds.map((k) => TRIAL_STYLE[k].shape) },
        legend: { orient: "right" }
      }
    }
  };
  const subtitle = curveSubtitle(input, range.clippedAt, points.filter((p) => p.kind === "above loss axis").length, counts.get("diverged") ?? 0);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    background: "white",
    padding: 12,
    width,
    height,
    title: {
      text: messages3.curveTitle(input.steps),
      subtitle,
      ...analysis.reason !== null ? { subtitleColor: COLORS.warning } : {}
    },
    config: CHART_CONFIG,
    layer: [...lineLayers, trialLayer],
    // The spread bands have their own fill legend; the trial kinds keep theirs (fill and shape merged).
    resolve: { scale: { fill: "independent", shape: "independent" } }
  };
}
function spreadLayers(bands, x) {
  if (bands.length === 0) return [];
  const repeats = Math.max(...bands.map((b) => b.repeats));
  const rows = bands.map((b) => ({
    lo: b.lo,
    hi: b.hi,
    median: b.median,
    color: PICK_COLORS[b.method],
    band: messages3.spreadLegendLabel(b.method, b.lo, b.hi, b.median, b.count, b.repeats)
  }));
  return [
    {
      name: "spread",
      data: { values: rows },
      mark: { type: "rect", opacity: SPREAD_OPACITY },
      encoding: {
        x: { ...x, field: "lo" },
        x2: { field: "hi" },
        fill: {
          field: "band",
          type: "nominal",
          title: messages3.spreadLegendTitle(repeats),
          scale: { domain: rows.map((r) => r.band), range: rows.map((r) => r.color) },
          legend: { orient: "right", symbolType: "square", symbolOpacity: SPREAD_LEGEND_OPACITY, symbolSize: 200, labelLimit: 420 }
        }
      }
    },
    {
      name: "spreadMedian",
      data: { values: rows },
      mark: { type: "point", shape: "triangle-up", filled: true, opacity: 1, strokeWidth: 0, size: 90, yOffset: -6, clip: false },
      encoding: {
        x: { ...x, field: "median" },
        y: { value: { expr: "height" } },
        fill: { field: "color", type: "nominal", scale: null, legend: null }
      }
    }
  ];
}
function curveSubtitle(input, clippedAt, above, diverged) {
  const { analysis, method } = input;
  const lines = [];
  const bands = input.spread ?? [];
  const selectedBand = bands.find((b) => b.method === method);
  if (analysis.reason !== null) lines.push(messages3.noWindowSubtitle(analysis.reason.message));
  else if (analysis.minLr !== null && analysis.maxLr !== null && analysis.picks !== null) {
    lines.push(
      input.selection === "median" && selectedBand !== void 0 ? messages3.windowSubtitleMedian(analysis.minLr, analysis.maxLr, method, selectedBand.median, selectedBand.repeats) : messages3.windowSubtitle(analysis.minLr, analysis.maxLr, method, analysis.picks[method])
    );
  }
  if (bands.length > 0) lines.push(messages3.spreadSubtitle(Math.max(...bands.map((b) => b.repeats))));
  if (clippedAt !== null) lines.push(messages3.lossClipped(clippedAt, above));
  if (diverged > 0) lines.push(messages3.divergedNote(diverged));
  return lines;
}
var SPREAD_OPACITY, SPREAD_LEGEND_OPACITY, TRIAL_STYLE, TRIAL_ORDER;
var init_curveSpec = __esm({
  "src/report/curveSpec.ts"() {
    "use strict";
    init_names();
    init_chartData();
    init_format();
    init_messages7();
    init_theme();
    init_numbers();
    SPREAD_OPACITY = 0.25;
    SPREAD_LEGEND_OPACITY = 0.45;
    TRIAL_STYLE = {
      "coarse grid": { fill: COLORS.coarse, shape: "circle" },
      refinement: { fill: COLORS.refinement, shape: "diamond" },
      "above loss axis": { fill: COLORS.aboveAxis, shape: "triangle-up" },
      diverged: { fill: COLORS.diverged, shape: CROSS_SHAPE }
    };
    TRIAL_ORDER = ["coarse grid", "refinement", "above loss axis", "diverged"];
  }
});

// src/search/notes.ts
function extendedNote(result2) {
  const extended = result2.extended ?? null;
  if (extended === null) return null;
  return `searched ${displayLr(extended.startLr)} .. ${displayLr(extended.endLr)} (asked ${displayLr(result2.settings.startLr)} .. ${displayLr(result2.settings.endLr)}): the window lay past an edge of the range`;
}
var init_notes = __esm({
  "src/search/notes.ts"() {
    "use strict";
    init_numbers();
  }
});

// src/report/mermaid.ts
function gridLabel(logLr) {
  const rounded = Math.round(logLr);
  if (Math.abs(logLr - rounded) < 1e-9) return `1e${rounded}`;
  return displayLr(10 ** logLr);
}
function interpolate2(xs, ys, x) {
  if (xs.length === 0) return Number.NaN;
  if (x <= xs[0]) return ys[0];
  for (let i = 1; i < xs.length; i++) {
    const x1 = xs[i];
    if (x <= x1) {
      const x0 = xs[i - 1];
      const t = (x - x0) / (x1 - x0);
      return ys[i - 1] * (1 - t) + ys[i] * t;
    }
  }
  return ys[ys.length - 1];
}
function roundOut(value, direction) {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  return (direction === "down" ? Math.floor(value / unit) : Math.ceil(value / unit)) * unit;
}
function quote2(text) {
  return `"${text.replace(/"/g, "'")}"`;
}
function mermaidChart(samples, analysis, title, options = {}) {
  const range = lossRange(samples, analysis);
  const bottom = roundOut(range.domain[0], "down");
  const top = roundOut(range.domain[1], "up");
  const clamp = (v) => Math.min(Math.max(v, bottom), top);
  let labels;
  let values;
  let caption;
  const grid = [];
  let step = 0;
  let starred = false;
  let pickIndex = -1;
  const fit = analysis.fit;
  const finiteFit = fit === null ? [] : fit.x.map((x, i) => ({ x, y: fit.y[i] })).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (finiteFit.length >= 2) {
    const xs = finiteFit.map((p) => p.x);
    const ys = finiteFit.map((p) => p.y);
    const hi = xs[xs.length - 1];
    const lo = analysis.minLr === null ? xs[0] : Math.max(xs[0], Math.log10(analysis.minLr) - FOCUS_DECADES);
    step = hi - lo <= 6 ? 0.25 : 0.5;
    while ((hi - lo) / step + 1 > MAX_POINTS) step *= 2;
    for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + 1e-9; k++) grid.push(k * step);
    if (grid.length < 2) {
      grid.splice(0, grid.length, lo, hi);
      step = hi - lo;
    }
    const pick = options.selected === void 0 ? -1 : nearestIndex2(grid, step, options.selected.lr);
    if (pick >= 0 && options.selected !== void 0) grid[pick] = Math.log10(options.selected.lr);
    labels = grid.map((x, i) => i === pick && options.selected !== void 0 ? `\u2605${displayLr(options.selected.lr)}` : gridLabel(x));
    values = grid.map((x) => clamp(interpolate2(xs, ys, x)));
    starred = pick >= 0;
    pickIndex = pick;
    caption = messages3.mermaidCaption(step, labels[0] ?? "", labels[labels.length - 1] ?? "", range.clippedAt);
  } else {
    const finite = samples.filter((s) => s.lr > 0 && !isDiverged(s)).sort((a, b) => a.lr - b.lr);
    if (finite.length === 0) return { block: null, caption: messages3.mermaidNothing() };
    const stride = Math.ceil(finite.length / MAX_POINTS);
    const kept = finite.filter((_, i) => i % stride === 0);
    labels = kept.map((s) => displayLr(s.lr));
    values = kept.map((s) => clamp(s.loss));
    caption = messages3.mermaidSamplesCaption();
  }
  const bracket = windowBracket(grid, step, analysis, bottom, top)?.map((v, i) => starred && i === pickIndex ? values[i] : v) ?? null;
  const axisTop = bracket === null ? top : roundOut(top + BRACKET_ROOM * (top - bottom), "up");
  const palette = [...bracket === null ? [] : [MERMAID_COLORS.window], MERMAID_COLORS.curve];
  const numbers = (vs) => vs.map((v) => formatPlain(v, 4)).join(", ");
  const lines = [
    "```mermaid",
    // Front matter config (Mermaid >= 10.5, what GitHub runs): the palette replaces the theme's pale
    // default; a wider chart keeps the lr labels apart. GitHub still picks the light or dark theme.
    "---",
    "config:",
    "  xyChart:",
    `    width: ${CHART_WIDTH}`,
    "    xAxis:",
    `      labelFontSize: ${AXIS_FONT}`,
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${palette.join(", ")}"`,
    "---",
    "xychart-beta",
    `  title ${quote2(title)}`,
    `  x-axis "learning rate" [${labels.map(quote2).join(", ")}]`,
    `  y-axis "validation loss" ${formatPlain(bottom, 3)} --> ${formatPlain(axisTop, 3)}`,
    ...bracket === null ? [] : [`  line [${numbers(bracket)}]`],
    `  line [${numbers(values)}]`,
    "```"
  ];
  const legend = messages3.mermaidLegend(bracket === null ? null : { minLr: analysis.minLr ?? 0, maxLr: analysis.maxLr ?? 0 }, starred ? options.selected ?? null : null);
  return { block: lines.join("\n"), caption: `${caption} ${legend}`.trim() };
}
function windowBracket(grid, step, analysis, bottom, top) {
  if (grid.length < 2 || analysis.minLr === null || analysis.maxLr === null) return null;
  const span = top - bottom;
  const [lo, hi] = [Math.log10(analysis.minLr), Math.log10(analysis.maxLr)];
  const half = step / 2;
  return grid.map((x) => {
    const inside = x >= lo && x <= hi || Math.abs(x - lo) <= half && Math.abs(x - hi) <= half;
    return top + (inside ? BRACKET_TOP : BRACKET_FOOT) * span;
  });
}
function nearestIndex2(grid, step, lr) {
  if (grid.length < 2 || !(lr > 0)) return -1;
  const at = Math.log10(lr);
  const half = step / 2;
  let best = -1;
  grid.forEach((x, i) => {
    if (Math.abs(x - at) <= half + 1e-9 && (best < 0 || Math.abs(x - at) < Math.abs(grid[best] - at))) best = i;
  });
  return best;
}
var MERMAID_COLORS, BRACKET_ROOM, BRACKET_FOOT, BRACKET_TOP, MAX_POINTS, FOCUS_DECADES, CHART_WIDTH, AXIS_FONT;
var init_mermaid = __esm({
  "src/report/mermaid.ts"() {
    "use strict";
    init_chartData();
    init_format();
    init_messages7();
    init_numbers();
    MERMAID_COLORS = {
      /** The fitted curve: a strong raspberry that no pick colour uses. */
      curve: "#d6336c",
      /** The window's bracket above the curve. */
      window: "#8b949e"
    };
    BRACKET_ROOM = 0.16;
    BRACKET_FOOT = 0.05;
    BRACKET_TOP = 0.13;
    MAX_POINTS = 25;
    FOCUS_DECADES = 2;
    CHART_WIDTH = 1e3;
    AXIS_FONT = 12;
  }
});

// src/report/markdown.ts
function analyzeResult(result2) {
  return analyze(samplesFromRecords(result2.samples), result2.lossAtZero === null ? {} : { lossAtZero: result2.lossAtZero });
}
function escapeMd(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|");
}
function repeatsOf(options) {
  return options.repeats !== void 0 && options.repeats.seeds.length > 1 ? options.repeats : null;
}
function selectedLr(result2, options) {
  const repeats = repeatsOf(options);
  if (options.selection === "median" && repeats !== null) return repeats.picks[result2.method].median;
  return result2.selectedLr;
}
function summary(result2, options) {
  const out = [messages3.heading(), ""];
  const repeats = repeatsOf(options);
  const median2 = options.selection === "median" && repeats !== null;
  const selectedValue = selectedLr(result2, options);
  if (selectedValue !== null && (median2 || result2.reason === null)) {
    out.push(median2 && repeats !== null ? messages3.selectedMedianSentence(result2.method, selectedValue, repeats.seeds.length) : messages3.selectedSentence(result2.method, selectedValue), "");
  }
  if (result2.reason !== null || selectedValue === null) {
    out.push("> [!WARNING]", `> **No viable window:** ${escapeMd(result2.reason ?? "the analysis found no window")}`, "");
  }
  const extended = extendedNote(result2);
  if (extended !== null) out.push("> [!NOTE]", `> ${escapeMd(extended)}`, "");
  for (const warning of result2.warnings ?? []) out.push("> [!WARNING]", `> ${escapeMd(warning.message)}`, "");
  out.push("| | Value |", "|:--|:--|");
  out.push(`| minLr (knee) | ${code(displayLr(result2.minLr))} |`);
  out.push(`| maxLr (curve minimum) | ${code(displayLr(result2.maxLr))} |`);
  for (const m of shownMethods(result2.method)) {
    const lr = result2.picks === null ? null : result2.picks[m];
    if (lr === void 0) continue;
    const mark = m === result2.method && lr !== null && !median2 ? " \u2605" : "";
    out.push(`| ${METHOD_LABELS[m]}${repeats === null ? "" : " (first seed)"} | ${code(displayLr(lr))}${mark} |`);
  }
  if (repeats !== null) {
    for (const m of shownMethods(result2.method)) {
      const p = repeats.picks[m];
      const value = p.median === null || p.min === null || p.max === null ? messages3.spreadRowNone() : messages3.spreadRowValue(p.median, p.min, p.max, p.spreadDecades ?? 0, p.count, repeats.seeds.length);
      const mark = median2 && m === result2.method && p.median !== null ? " \u2605" : "";
      out.push(`| ${messages3.spreadRowLabel(m, repeats.seeds.length)} | ${value}${mark} |`);
    }
  }
  const selected = selectedValue === null ? "none: no viable window" : `**${code(displayLr(selectedValue))}**${median2 && repeats !== null ? ` (${messages3.selectedMedianNote(repeats.seeds.length)})` : ""}`;
  out.push(`| **selected** (${METHOD_LABELS[result2.method]}) | ${selected} |`);
  out.push(`| trials | ${result2.trials} (lr = 0 included) |`);
  if (options.trialCache === true) out.push(`| trial cache | ${cacheTally(result2.samples).text} |`);
  out.push(`| L(0), untrained loss | ${formatLoss2(result2.lossAtZero)} |`);
  const drift = options.drift;
  if (drift !== void 0) {
    out.push(`| committed lr | ${code(displayLr(drift.expectedLr))} |`);
    out.push(`| drift | ${formatDecades(drift.driftDecades)} decades (tolerance ${formatDecades(drift.toleranceDecades)}) |`);
    out.push(`| verdict | ${messages3.verdict(drift.verdict, drift.driftDecades, drift.toleranceDecades)} |`);
    const noise = repeats === null ? null : repeats.picks[result2.method];
    if (repeats !== null && noise !== null && toleranceBelowNoise2(drift.toleranceDecades, noise)) {
      const sentence = toleranceBelowNoise(METHOD_LABELS[result2.method], drift.toleranceDecades, noise.spreadDecades ?? 0, repeats.seeds.length);
      out.push("", "> [!WARNING]", `> **Tolerance below the method's noise:** ${escapeMd(sentence)}`);
    }
  }
  return out.join("\n");
}
function trialRow(record, index) {
  const diverged = isDiverged(record);
  const loss = diverged ? "\u2014" : formatLoss2(record.loss);
  const lr = displayLr(record.lr);
  return `| ${index + 1} | ${lr} | ${loss} | ${record.round} | ${diverged ? "\u2715 yes" : ""} |`;
}
function trialTable(result2, budget) {
  const samples = result2.samples;
  const indexed = samples.map((record, index) => ({ record, index }));
  const head = ["<details>", `<summary>${messages3.trialsSummary(samples.length)}</summary>`, "", "| # | lr | loss | round | diverged |", "|--:|--:|--:|--:|:--|"];
  const tail = ["", "</details>"];
  const rows = indexed.map(({ record, index }) => ({ record, index, text: trialRow(record, index) }));
  const fixed = head.join("\n").length + tail.join("\n").length + 2;
  const total = rows.reduce((n, r) => n + r.text.length + 1, fixed);
  let kept = rows;
  let note = null;
  if (total > budget) {
    const focus = focusLr(result2);
    const byCloseness = [...rows].sort((a, b) => distance(a.record.lr, focus) - distance(b.record.lr, focus) || a.index - b.index);
    const noteRoom = messages3.trialsTruncated(samples.length, samples.length).length + 4;
    let used = fixed + noteRoom;
    kept = [];
    for (const row of byCloseness) {
      if (used + row.text.length + 1 > budget) break;
      kept.push(row);
      used += row.text.length + 1;
    }
    note = messages3.trialsTruncated(kept.length, samples.length);
  }
  const ordered = [...kept].sort((a, b) => a.record.lr - b.record.lr || a.index - b.index);
  return [...head, ...ordered.map((r) => r.text), ...note === null ? [] : ["", note], ...tail].join("\n");
}
function focusLr(result2) {
  if (result2.selectedLr !== null) return result2.selectedLr;
  const finite = result2.samples.filter((s) => s.lr > 0 && !isDiverged(s));
  const best = finite.reduce((b, s) => b === null || s.loss < b.loss ? s : b, null);
  return best?.lr ?? 1;
}
function distance(lr, focus) {
  return lr > 0 ? Math.abs(Math.log10(lr) - Math.log10(focus)) : 100;
}
function renderMarkdown(result2, options = {}) {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const analysis = options.analysis ?? analyzeResult(result2);
  const steps = options.steps === void 0 ? result2.settings.steps : options.steps;
  const selected = selectedLr(result2, options);
  const chart = mermaidChart(
    result2.samples,
    analysis,
    messages3.curveTitle(steps ?? void 0),
    selected === null ? {} : { selected: { lr: selected, label: `${METHOD_LABELS[result2.method]} pick` } }
  );
  const parts = [summary(result2, options), ""];
  if (chart.block !== null) parts.push(chart.block, "");
  parts.push(chart.caption, "");
  if (options.artifactUrl !== void 0) parts.push(messages3.artifactLink(options.artifactUrl), "");
  const head = parts.join("\n");
  const table = trialTable(result2, maxChars - head.length - 1);
  return `${head}
${table}
`;
}
var DEFAULT_MAX_CHARS, code;
var init_markdown = __esm({
  "src/report/markdown.ts"() {
    "use strict";
    init_notes();
    init_output();
    init_analyze();
    init_names();
    init_messages4();
    init_summary();
    init_result();
    init_chartData();
    init_format();
    init_mermaid();
    init_messages7();
    init_numbers();
    DEFAULT_MAX_CHARS = 6e4;
    code = (text) => text === "\u2014" ? text : `\`${text}\``;
  }
});

// src/report/compile.ts
import { compile as compile2 } from "vega-lite";
function compileChart(spec) {
  const warnings = [];
  let level = 0;
  const logger = {
    level(value) {
      if (value === void 0) return level;
      level = value;
      return logger;
    },
    error(...args) {
      throw new Error(args.map(String).join(" "));
    },
    warn(...args) {
      warnings.push(args.map(String).join(" "));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    }
  };
  const { spec: vega } = compile2(spec, { logger });
  return { vega, warnings };
}
var init_compile = __esm({
  "src/report/compile.ts"() {
    "use strict";
  }
});

// src/report/render.ts
import { parse, View } from "vega";
async function chartView(spec) {
  const { vega, warnings } = compileChart(spec);
  const view = new View(parse(vega), { renderer: "none" });
  await view.runAsync();
  return { view, warnings };
}
async function renderSpec(spec, options = {}) {
  const scale = options.scale ?? 2;
  const { view, warnings } = await chartView(spec);
  try {
    const svg = await view.toSVG();
    if (options.png === false) return { svg, png: null, pngSkipped: null, warnings };
    const canvasError = await canvasProblem(options.loadCanvas ?? loadNodeCanvas);
    if (canvasError !== null) return { svg, png: null, pngSkipped: messages3.pngSkipped(canvasError), warnings };
    try {
      const canvas = await view.toCanvas(scale);
      return { svg, png: canvas.toBuffer("image/png"), pngSkipped: null, warnings };
    } catch (error) {
      return { svg, png: null, pngSkipped: messages3.pngSkipped(errorText(error)), warnings };
    }
  } finally {
    view.finalize();
  }
}
async function canvasProblem(load) {
  try {
    const mod = await load();
    return mod ? null : "the module loaded empty";
  } catch (error) {
    return errorText(error);
  }
}
function errorText(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}
var loadNodeCanvas;
var init_render = __esm({
  "src/report/render.ts"() {
    "use strict";
    init_compile();
    init_messages7();
    loadNodeCanvas = () => import("canvas");
  }
});

// src/report/write.ts
var write_exports = {};
__export(write_exports, {
  REPORT_FILES: () => REPORT_FILES,
  writeReport: () => writeReport
});
import { resolve as resolve8 } from "node:path";
function chartInput(result2, analysis, options = {}) {
  const spread = options.repeats === void 0 ? [] : spreadBands(options.repeats);
  const steps = options.steps === void 0 ? result2.settings.steps : options.steps;
  return {
    samples: result2.samples,
    analysis,
    method: result2.method,
    ...steps === null ? {} : { steps },
    ...spread.length > 0 ? { spread } : {},
    ...options.selection === void 0 ? {} : { selection: options.selection }
  };
}
async function write(path, data) {
  try {
    await writeFileSafely(path, data);
  } catch (error) {
    throw new UsageError(messages3.cannotWrite(path, error));
  }
  return path;
}
async function writeReport(result2, outDir, options = {}) {
  const dir = resolve8(outDir);
  try {
    await makeFolder(dir);
  } catch (error) {
    throw new UsageError(messages3.cannotWrite(dir, error));
  }
  const analysis = options.analysis ?? analyzeResult(result2);
  const input = chartInput(result2, analysis, options);
  const renderOptions = { scale: options.scale ?? 2, ...options.loadCanvas === void 0 ? {} : { loadCanvas: options.loadCanvas } };
  const files = [];
  let pngSkipped = null;
  const charts = [
    { spec: curveSpec(input), png: REPORT_FILES.curvePng, svg: REPORT_FILES.curveSvg },
    { spec: curvatureSpec(input), png: REPORT_FILES.curvaturePng, svg: REPORT_FILES.curvatureSvg }
  ];
  for (const chart of charts) {
    const rendered = await renderSpec(chart.spec, pngSkipped === null ? renderOptions : { ...renderOptions, png: false });
    if (rendered.png !== null) files.push(await write(resolve8(dir, chart.png), rendered.png));
    pngSkipped ??= rendered.pngSkipped;
    files.push(await write(resolve8(dir, chart.svg), rendered.svg));
  }
  const markdown = renderMarkdown(result2, { ...options, analysis, maxChars: options.maxChars ?? Number.POSITIVE_INFINITY });
  files.push(await write(resolve8(dir, REPORT_FILES.markdown), markdown));
  return { files, markdown, pngSkipped };
}
var REPORT_FILES;
var init_write = __esm({
  "src/report/write.ts"() {
    "use strict";
    init_errors();
    init_summary();
    init_curvatureSpec();
    init_files2();
    init_curveSpec();
    init_markdown();
    init_messages7();
    init_render();
    REPORT_FILES = {
      curvePng: "curve.png",
      curveSvg: "curve.svg",
      curvaturePng: "curvature.png",
      curvatureSvg: "curvature.svg",
      markdown: "report.md"
    };
  }
});

// src/index.ts
init_types();
init_errors();
init_analyze();

// src/search/search.ts
init_planner();

// src/search/pool.ts
async function runPool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  let failed = false;
  let firstError;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await task(items[index], index);
      } catch (error) {
        if (!failed) {
          failed = true;
          firstError = error;
        }
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker());
  await Promise.all(workers);
  if (failed) throw firstError;
  return results;
}

// src/search/search.ts
init_result();
init_settings();

// src/search/blowup.ts
var SKIP_ABOVE_DIVERGED = 2;
var BlowUpGate = class {
  running = /* @__PURE__ */ new Set();
  diverged = [];
  wakers = [];
  broken = false;
  /**
   * Resolves true when `lr` is to run (it then counts as running until {@link finish}), false when
   * it is past the blow-up, or when a trial failed (the search is ending). Rejects with the signal's
   * reason if `signal` aborts while waiting.
   */
  async admit(lr, signal) {
    for (; ; ) {
      signal?.throwIfAborted();
      const divergedBelow = this.diverged.filter((d) => d < lr).length;
      if (this.broken || divergedBelow >= SKIP_ABOVE_DIVERGED) return false;
      const runningBelow = [...this.running].filter((r) => r < lr).length;
      if (divergedBelow + runningBelow < SKIP_ABOVE_DIVERGED) {
        this.running.add(lr);
        return true;
      }
      await new Promise((resolve9) => {
        const wake = () => {
          signal?.removeEventListener("abort", wake);
          resolve9();
        };
        this.wakers.push(wake);
        signal?.addEventListener("abort", wake, { once: true });
      });
    }
  }
  /** Records how an admitted trial ended: `diverged`, or `null` when it failed (no more trial is admitted). */
  finish(lr, diverged) {
    this.running.delete(lr);
    if (diverged === null) this.broken = true;
    else if (diverged) this.diverged.push(lr);
    const wakers = this.wakers;
    this.wakers = [];
    wakers.forEach((wake) => wake());
  }
};

// src/search/search.ts
async function search(runner, settings, deps = {}) {
  const resolved = resolveSettings(settings);
  const clock = deps.clock ?? (() => performance.now());
  const progress = deps.progress ?? (() => void 0);
  const started = clock();
  const records = [];
  let planned = 0;
  let finished = 0;
  let batch = planFirstRound(resolved).slice(0, resolved.maxTrials);
  for (let round = 0; batch.length > 0; round += 1) {
    planned += batch.length;
    const gate = round === 0 ? new BlowUpGate() : null;
    const outcomes = await runPool(batch, resolved.parallel, async (lr) => {
      deps.signal?.throwIfAborted();
      if (gate && !await gate.admit(lr, deps.signal)) {
        planned -= 1;
        return null;
      }
      const steps = lr === 0 ? 0 : resolved.steps;
      const trialStarted = clock();
      let outcome;
      try {
        outcome = await runner.run(lr, { steps, seed: resolved.seed, ...deps.signal === void 0 ? {} : { signal: deps.signal } });
      } catch (error) {
        gate?.finish(lr, null);
        throw error;
      }
      const ended = clock();
      const diverged = outcome.diverged || !Number.isFinite(outcome.loss);
      gate?.finish(lr, diverged);
      finished += 1;
      progress({
        index: finished,
        planned,
        maxTrials: resolved.maxTrials,
        lr,
        loss: outcome.loss,
        diverged,
        round,
        elapsedMs: ended - started,
        trialMs: ended - trialStarted
      });
      const record = { lr, loss: diverged ? null : outcome.loss, diverged, round, ...outcome.cached === void 0 ? {} : { cached: outcome.cached } };
      deps.onRecord?.(record);
      return record;
    });
    records.push(...outcomes.filter((r) => r !== null));
    batch = planNextRound(samplesFromRecords(records), resolved);
  }
  return resultFromSamples(records, resolved, deps.nameOf);
}

// src/index.ts
init_settings();
init_output2();

// src/sweep/sweep.ts
init_errors();

// src/repeats/run.ts
init_errors();
init_messages4();
init_summary();
var MAX_REPEATS = 20;
function selectedOverRepeats(primary, summary2) {
  return summary2.seeds.length > 1 ? summary2.picks[primary.method].median : primary.selectedLr;
}
async function searchRepeats(runner, settings, repeats, deps = {}) {
  if (!Number.isInteger(repeats) || repeats < 1 || repeats > MAX_REPEATS) throw new UsageError(badRepeats(repeats));
  const { onRepeat, only, ...searchDeps } = deps;
  const all = [];
  for (const k of only ?? Array.from({ length: repeats }, (_, i) => i)) {
    onRepeat?.(k + 1, repeats, settings.seed + k);
    all.push(await search(runner, { ...settings, seed: settings.seed + k }, searchDeps));
  }
  const primary = all[0];
  const summary2 = summarizeRepeats(all);
  return { primary, all, summary: summary2, selectedLr: selectedOverRepeats(primary, summary2) };
}

// src/sweep/sweep.ts
init_settings();

// src/sweep/cache.ts
init_files();
init_messages3();
import { resolve as resolve3 } from "node:path";

// src/cache/runner.ts
init_errors();
init_key();
init_messages3();
function withTrialCache(open2, cache, keyParts, options = {}) {
  let opening = null;
  let opened = null;
  let killed = false;
  let closed = false;
  let warned = false;
  let hits = 0;
  let misses = 0;
  let stored = 0;
  const inner = () => {
    opening ??= open2().then((runner) => {
      opened = runner;
      if (killed) runner.kill?.();
      return runner;
    });
    return opening;
  };
  return {
    identity: keyParts.identity,
    async run(lr, request) {
      if (closed) throw new TrialError(messages.runnerClosed(lr), lr);
      const signal = request.signal;
      if (signal?.aborted) throw signal.reason;
      const key = trialKey(keyParts, lr, request);
      const hit = await cache.get(key);
      if (hit !== null) {
        hits += 1;
        return { loss: hit.loss, diverged: hit.diverged, cached: true };
      }
      const runner = await inner();
      if (closed) throw new TrialError(messages.runnerClosed(lr), lr);
      const outcome = await runner.run(lr, request);
      misses += 1;
      try {
        await cache.put(key, { loss: outcome.loss, diverged: outcome.diverged });
        stored += 1;
      } catch (error) {
        if (!warned) options.log?.(messages.entryNotWritten(cache.dir, error instanceof Error ? error.message : String(error)));
        warned = true;
      }
      return { ...outcome, cached: false };
    },
    kill() {
      killed = true;
      opened?.kill?.();
    },
    async close() {
      closed = true;
      const runner = await opening?.catch(() => null);
      await runner?.close?.();
    },
    stats: () => ({ hits, misses, stored, opened: opened !== null })
  };
}

// src/cache/store.ts
init_errors();
init_key();
init_messages3();
init_names();
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { lstat, mkdir, open, readdir, rename, unlink } from "node:fs/promises";
import { join, resolve as resolve2 } from "node:path";
var DEFAULT_CACHE_MAX_MB = 100;
var ENTRY_FORMAT = 1;
var BYTES_PER_MB = 1024 * 1024;
var MAX_ENTRY_BYTES = 64 * 1024;
var STALE_TEMP_MS = 60 * 60 * 1e3;
var ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
var TEMP_NAME = /^\.tmp-[0-9a-f]{64}-/;
var NON_FINITE = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, "-Infinity": Number.NEGATIVE_INFINITY };
function reasonOf2(error) {
  return error instanceof Error ? error.message : String(error);
}
function errorCode(error) {
  return error?.code;
}
function outcomeOf(value, key) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a trial cache entry";
  const entry = value;
  if (entry.format !== ENTRY_FORMAT) return `entry format ${String(entry.format)}, expected ${ENTRY_FORMAT}`;
  let stored;
  try {
    stored = canonicalJson(entry.key);
  } catch {
    return "its key is malformed";
  }
  if (stored !== canonicalJson(key)) return "its key differs from the trial's";
  const outcome = entry.outcome;
  if (typeof outcome !== "object" || outcome === null || typeof outcome.diverged !== "boolean") return "its outcome is malformed";
  const loss = typeof outcome.loss === "number" ? outcome.loss : typeof outcome.loss === "string" ? NON_FINITE[outcome.loss] : void 0;
  if (loss === void 0) return "its loss is not a number";
  return { loss, diverged: outcome.diverged };
}
var TrialCache = class {
  /** Use {@link openTrialCache}. */
  constructor(dir, maxBytes, log, now) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.log = log;
    this.now = now;
  }
  dir;
  maxBytes;
  log;
  now;
  entries = /* @__PURE__ */ new Map();
  total = 0;
  pruning = false;
  /** Total size of the entries this cache knows of, bytes. */
  get sizeBytes() {
    return this.total;
  }
  /** The outcome stored for `key`, or null (no entry, or an entry that is corrupt, partial, foreign or a link: warned). */
  async get(key) {
    const name = `${keyDigest(key)}.json`;
    const path = join(this.dir, name);
    let handle;
    try {
      handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      const code2 = errorCode(error);
      if (code2 !== "ENOENT") this.log(messages.entryIgnored(path, code2 === "ELOOP" ? "a symbolic link" : reasonOf2(error)));
      return null;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) return this.ignore(path, "not a regular file");
      if (info.size > MAX_ENTRY_BYTES) return this.ignore(path, `${info.size} bytes, more than an entry holds`);
      const text = await handle.readFile("utf8");
      let value;
      try {
        value = JSON.parse(text);
      } catch {
        return this.ignore(path, text.length === 0 ? "empty" : "not JSON (partly written?)");
      }
      const outcome = outcomeOf(value, key);
      if (typeof outcome === "string") return this.ignore(path, outcome);
      const nowMs = this.now();
      await handle.utimes(nowMs / 1e3, nowMs / 1e3).catch(() => void 0);
      this.remember(name, info.size, nowMs);
      return outcome;
    } catch (error) {
      return this.ignore(path, reasonOf2(error));
    } finally {
      await handle.close();
    }
  }
  /**
   * Stores `outcome` under `key` atomically: a temp file created exclusively in the folder (never through a link),
   * renamed over any older entry. Then prunes past the bound.
   * @throws the file system's error when the folder cannot take the entry.
   */
  async put(key, outcome) {
    const digest = keyDigest(key);
    const name = `${digest}.json`;
    const nowMs = this.now();
    const loss = Number.isFinite(outcome.loss) ? outcome.loss : String(outcome.loss);
    const entry = { format: ENTRY_FORMAT, key, outcome: { loss, diverged: outcome.diverged }, storedAt: new Date(nowMs).toISOString() };
    const text = `${JSON.stringify(entry)}
`;
    const temp = join(this.dir, `.tmp-${digest}-${process.pid}-${randomBytes(4).toString("hex")}`);
    const handle = await open(temp, "wx", 420);
    try {
      try {
        await handle.writeFile(text, "utf8");
      } finally {
        await handle.close();
      }
      await rename(temp, join(this.dir, name));
    } catch (error) {
      await unlink(temp).catch(() => void 0);
      throw error;
    }
    this.remember(name, Buffer.byteLength(text), nowMs);
    await this.prune();
  }
  /** Reads the folder's entries (sizes, times), removes temp files left by crashed writers, prunes past the bound. */
  async scan() {
    this.entries.clear();
    this.total = 0;
    for (const name of await readdir(this.dir)) {
      const isEntry = ENTRY_NAME.test(name);
      if (!isEntry && !TEMP_NAME.test(name)) continue;
      const info = await lstat(join(this.dir, name)).catch(() => null);
      if (info === null || !info.isFile()) continue;
      if (isEntry) this.remember(name, info.size, info.mtimeMs);
      else if (this.now() - info.mtimeMs > STALE_TEMP_MS) await unlink(join(this.dir, name)).catch(() => void 0);
    }
    await this.prune();
  }
  ignore(path, reason) {
    this.log(messages.entryIgnored(path, reason));
    return null;
  }
  remember(name, size, usedMs) {
    this.total += size - (this.entries.get(name)?.size ?? 0);
    this.entries.set(name, { size, usedMs });
  }
  /** Deletes the least recently used entries (ours only) until the total is within the bound. */
  async prune() {
    if (this.total <= this.maxBytes || this.pruning) return;
    this.pruning = true;
    try {
      const oldestFirst = [...this.entries].sort(([a, x], [b, y]) => x.usedMs - y.usedMs || (a < b ? -1 : 1));
      for (const [name, info] of oldestFirst) {
        if (this.total <= this.maxBytes) break;
        await unlink(join(this.dir, name)).catch(() => void 0);
        this.entries.delete(name);
        this.total -= info.size;
      }
    } finally {
      this.pruning = false;
    }
  }
};
async function openTrialCache(dir, options = {}) {
  const option = options.option ?? RUN_SETTING_NAMES.cache;
  const maxMb = options.maxMb ?? DEFAULT_CACHE_MAX_MB;
  if (typeof maxMb !== "number" || !Number.isFinite(maxMb) || !(maxMb > 0)) {
    throw new UsageError(messages.maxMbInvalid(options.maxMbOption ?? RUN_SETTING_NAMES.cacheMaxMb, maxMb));
  }
  const path = resolve2(dir);
  const existing = await lstat(path).catch(() => null);
  if (existing !== null && !existing.isDirectory() && !existing.isSymbolicLink()) throw new UsageError(messages.dirNotDirectory(option, dir));
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw new UsageError(messages.dirUnusable(option, dir, errorCode(error) ?? reasonOf2(error)));
  }
  const cache = new TrialCache(path, maxMb * BYTES_PER_MB, options.log ?? (() => void 0), options.now ?? Date.now);
  try {
    await cache.scan();
  } catch (error) {
    throw new UsageError(messages.dirUnusable(option, dir, errorCode(error) ?? reasonOf2(error)));
  }
  return cache;
}

// src/sweep/cache.ts
async function prepareTrialCache(source, options, cwd, log) {
  const { names } = options;
  const keyFiles = options.keyFiles ?? [];
  if (source.kind !== "config" && keyFiles.length === 0) log(messages.keyFilesMissing(names.source, names.keyFiles));
  const files = await hashKeyFiles(keyFiles, { cwd, option: names.keyFiles });
  const definitionHash = source.kind === "config" ? (await hashDefinition(source.configPath, cwd)).hash : null;
  const cache = await openTrialCache(resolve3(cwd, options.dir), {
    ...options.maxMb === void 0 ? {} : { maxMb: options.maxMb },
    log,
    option: names.dir,
    maxMbOption: names.maxMb
  });
  return { cache, filesHash: files.hash, definitionHash };
}
function trialKeyParts(prepared, opened) {
  return {
    identity: opened.identity,
    filesHash: prepared.filesHash,
    // The data function's tensors key the trial too: a data file read at run time is not in the import graph.
    definitionHash: prepared.definitionHash === null ? null : definitionKeyHash({ hash: prepared.definitionHash, files: [] }, opened.dataFingerprint ?? null),
    backend: opened.backend,
    options: opened.keyOptions
  };
}
function cachedRunner(prepared, opened, log) {
  return withTrialCache(async () => opened.runner, prepared.cache, trialKeyParts(prepared, opened), { log });
}

// src/sweep/runners.ts
import { resolve as resolve6 } from "node:path";

// src/runners/command/index.ts
init_errors();
init_messages5();
init_process();
init_devices();

// src/runners/slots.ts
var SlotPool = class {
  held = /* @__PURE__ */ new Set();
  /** Takes the lowest free slot. */
  take() {
    let slot = 0;
    while (this.held.has(slot)) slot += 1;
    this.held.add(slot);
    return slot;
  }
  /** Gives `slot` back. */
  give(slot) {
    this.held.delete(slot);
  }
};

// src/runners/command/index.ts
init_parse_loss();
init_tail();
init_template();
init_template();
init_parse_loss();
var KEEP_CHARS = 64 * 1024;
var STREAM_DRAIN_MS = 1e3;
function createCommandRunner(options) {
  if (options.trialTimeout !== void 0 && !(options.trialTimeout > 0 && Number.isFinite(options.trialTimeout))) {
    throw new RangeError(`createCommandRunner: trialTimeout must be a number of seconds > 0, got ${options.trialTimeout}`);
  }
  const grace = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const active = /* @__PURE__ */ new Map();
  const ending = /* @__PURE__ */ new WeakMap();
  const limit = options.slots === void 0 && options.devices === void 0 ? Number.POSITIVE_INFINITY : slotCount(options.slots, options.devices, options.devicesInput);
  const slots = new SlotPool();
  let running = 0;
  const waiting = [];
  function admit(signal) {
    if (running < limit) {
      running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve9, reject) => {
      const wake = () => {
        signal?.removeEventListener("abort", onAbort);
        running += 1;
        resolve9();
      };
      const onAbort = () => {
        waiting.splice(waiting.indexOf(wake), 1);
        reject(signal?.reason);
      };
      waiting.push(wake);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
  function leave() {
    running -= 1;
    if (running < limit) waiting.shift()?.();
  }
  function end(child) {
    let promise = ending.get(child);
    if (promise === void 0) {
      promise = child.pid === void 0 ? Promise.resolve() : endGroup(child.pid, grace);
      ending.set(child, promise);
    }
    return promise;
  }
  return {
    identity: `command:${options.command}`,
    async run(lr, request) {
      const values = trialValues(lr, request.steps, request.seed);
      const command = expandTemplate(options.command, values);
      const { signal } = request;
      if (signal?.aborted === true) throw signal.reason;
      await admit(signal);
      try {
        return await runTrial(lr, request, values, command);
      } finally {
        leave();
      }
    },
    async close() {
      const trials = [...active.values()];
      for (const trial2 of trials) trial2.stop();
      await Promise.all(trials.map((trial2) => trial2.over));
    },
    kill() {
      for (const child of active.keys()) if (child.pid !== void 0) signalGroup(child.pid, "SIGKILL");
    }
  };
  function runTrial(lr, request, values, command) {
    const { signal } = request;
    const slot = slots.take();
    const env = { ...trialEnv(options.env ?? process.env, values), [SLOT_ENV]: String(slot), ...deviceEnv(slot, options.devices) };
    return new Promise((resolve9, reject) => {
      const child = spawnGroup({ command, env, shell: options.shell ?? "/bin/sh", ...options.cwd === void 0 ? {} : { cwd: options.cwd } });
      let over = () => {
      };
      active.set(child, { stop: () => stop("close"), over: new Promise((done) => over = done) });
      const stdout = new TextTail(KEEP_CHARS);
      const stderr = new TextTail(KEEP_CHARS);
      child.stdout?.setEncoding("utf8").on("data", (chunk) => stdout.push(chunk));
      child.stderr?.setEncoding("utf8").on("data", (chunk) => stderr.push(chunk));
      let stoppedBy = null;
      const stop = (why) => {
        stoppedBy ??= why;
        void end(child);
      };
      const timer = options.trialTimeout === void 0 ? void 0 : setTimeout(() => stop("timeout"), options.trialTimeout * 1e3);
      const onAbort = () => stop("abort");
      signal?.addEventListener("abort", onAbort, { once: true });
      const settle = () => {
        if (timer !== void 0) clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        active.delete(child);
        slots.give(slot);
        over();
      };
      const fail = (message) => reject(new TrialError(message, lr));
      child.once("error", (error) => {
        settle();
        fail(runnerMessages.spawnFailed(values.lr, command, error.message));
      });
      child.once("exit", (code2, exitSignal) => {
        const finish = () => {
          settle();
          child.stdout?.destroy();
          child.stderr?.destroy();
          const tail = tailLines(stderr.toString());
          if (stoppedBy === "abort") return reject(signal?.reason);
          if (stoppedBy === "timeout") return fail(runnerMessages.timedOut(values.lr, command, options.trialTimeout ?? 0, tail, options.trialTimeoutOption));
          if (stoppedBy === "close") return fail(runnerMessages.stopped(values.lr, command));
          if (exitSignal !== null) return fail(runnerMessages.killedBySignal(values.lr, command, exitSignal, tail));
          if (code2 !== 0) return fail(runnerMessages.exitedNonZero(values.lr, command, code2 ?? -1, tail));
          const line = lastNonEmptyLine(stdout.toString());
          if (line === null) return fail(runnerMessages.noOutput(values.lr, command, tail));
          const parsed = parseLossLine(line);
          if (parsed === null) return fail(runnerMessages.unparseable(values.lr, command, line.length > 200 ? `${line.slice(0, 199)}\u2026` : line));
          resolve9(parsed);
        };
        end(child).then(() => streamsEnded(child, STREAM_DRAIN_MS)).then(finish, finish);
      });
    });
  }
}

// src/sweep/runners.ts
init_worker2();
init_runner();
init_names();
var RUNNER_KINDS = {
  command: async (source, context) => ({
    runner: createCommandRunner({
      command: source.command,
      cwd: context.cwd,
      ...context.env === void 0 ? {} : { env: context.env },
      ...source.trialTimeout === void 0 ? {} : { trialTimeout: source.trialTimeout },
      trialTimeoutOption: runName(context, "trialTimeout"),
      ...slotOptions(context)
    }),
    identity: `command:${source.command}`,
    defaults: {},
    backend: null,
    keyOptions: {},
    onAbort: "signal"
  }),
  worker: async (source, context) => ({
    runner: createWorkerRunner({
      command: source.command,
      cwd: context.cwd,
      log: context.log,
      ...context.env === void 0 ? {} : { env: context.env },
      ...source.trialTimeout === void 0 ? {} : { trialTimeout: source.trialTimeout },
      trialTimeoutOption: runName(context, "trialTimeout"),
      ...slotOptions(context)
    }),
    identity: `worker:${source.command}`,
    defaults: {},
    backend: null,
    keyOptions: {},
    onAbort: "signal"
  }),
  config: async (source, context) => {
    const create = context.createTfjsRunner ?? (await Promise.resolve().then(() => (init_tfjs(), tfjs_exports))).createTfjsRunner;
    const configPath = resolve6(context.cwd, source.configPath);
    const runner = await create({
      configPath,
      cwd: context.cwd,
      seed: context.seed,
      log: context.log,
      ...source.backend === void 0 ? {} : { backend: source.backend },
      ...source.divergeFactor === void 0 ? {} : { divergeFactor: source.divergeFactor },
      backendOption: runName(context, "backend"),
      ...slotOptions(context)
    });
    return {
      runner,
      identity: `config:${configPath}#backend=${runner.backend}`,
      defaults: runner.defaults,
      backend: runner.backend,
      keyOptions: { divergeFactor: source.divergeFactor ?? DEFAULT_DIVERGE_FACTOR },
      dataFingerprint: runner.dataFingerprint ?? null,
      onAbort: "finish"
    };
  }
};
function slotOptions(context) {
  return {
    slots: context.slots,
    ...context.devices === void 0 ? {} : { devices: context.devices },
    devicesInput: runName(context, "devices")
  };
}
function runName(context, key) {
  return context.runNameOf?.(key) ?? RUN_SETTING_NAMES[key];
}
function openRunner(source, context) {
  const open2 = RUNNER_KINDS[source.kind];
  return open2(source, context);
}

// src/sweep/sweep.ts
async function sweep(source, options) {
  const { explicitOrigin, nameOf, signal } = options;
  const explicit = options.devices !== void 0 && options.explicit.parallel === void 0 ? { ...options.explicit, parallel: options.devices.length } : options.explicit;
  if (source.kind !== "config") resolveSettings(explicit, { nameOf });
  const seed = explicit.seed ?? DEFAULT_SETTINGS.seed;
  const slots = explicit.parallel ?? DEFAULT_SETTINGS.parallel;
  const prepared = options.cache === void 0 ? null : await prepareTrialCache(source, options.cache, options.cwd, options.log);
  const opened = await openRunner(source, { ...options, seed, slots });
  const { identity } = opened;
  const cached = prepared === null ? null : cachedRunner(prepared, opened, options.log);
  const runner = cached ?? opened.runner;
  const cacheStats = () => cached?.stats() ?? null;
  let records = [];
  const onAbort = () => {
    if (opened.onAbort === "close") void runner.close?.();
  };
  try {
    const { settings, source: settingsSource } = resolveWithSource(explicit, opened.defaults, { explicitOrigin, nameOf });
    const interrupted = (reason) => ({
      status: "interrupted",
      signal: reason instanceof InterruptedError ? reason.signal : "SIGINT",
      records,
      settings,
      settingsSource,
      identity,
      cache: cacheStats()
    });
    options.onStart?.({ settings, settingsSource, identity, runner, cacheStats: cached === null ? null : () => cached.stats() });
    if (aborted(signal)) return interrupted(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const repeated = await searchRepeats(runner, settings, options.repeats ?? 1, {
        ...options.clock === void 0 ? {} : { clock: options.clock },
        ...options.progress === void 0 ? {} : { progress: options.progress },
        ...signal === void 0 ? {} : { signal },
        nameOf,
        onRecord: (record) => records.push(record),
        ...options.only === void 0 ? {} : { only: options.only },
        onRepeat: (index, count, repeatSeed) => {
          records = [];
          options.onRepeat?.(index, count, repeatSeed);
        }
      });
      return {
        status: "done",
        result: repeated.primary,
        settingsSource,
        selectedLr: repeated.selectedLr,
        repeats: repeated.all.length > 1 ? repeated.summary : null,
        identity,
        cache: cacheStats(),
        all: repeated.all,
        settings
      };
    } catch (error) {
      if (aborted(signal)) return interrupted(signal?.reason);
      throw error;
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await runner.close?.();
  }
}
function aborted(signal) {
  return signal?.aborted === true;
}

// src/sweep/write.ts
init_errors();
init_summary();
init_files2();
init_output2();
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join6 } from "node:path";
var REPORT_FILE_NAMES = ["curve.png", "curve.svg", "curvature.png", "curvature.svg", "report.md"];
async function writeSweep(dir, done, options = {}) {
  const documents = sweepDocuments(done);
  const files = [];
  let failed = dir;
  try {
    await makeFolder(dir);
    for (const [name, text] of documents) {
      failed = join6(dir, name);
      files.push(await writeFileSafely(failed, text));
    }
    failed = dir;
    if (done.repeats === null) await rm2(join6(dir, REPEATS_FILE), { force: true });
    const write2 = options.writeReport ?? (await Promise.resolve().then(() => (init_write(), write_exports))).writeReport;
    const repeats = done.repeats === null ? {} : { repeats: done.repeats, selection: "median" };
    const fromCache = done.cache === void 0 || done.cache === null ? {} : { trialCache: true };
    const report = await write2(done.result, dir, { ...options.report, ...repeats, ...fromCache });
    return { files: [...files, ...report.files], markdown: report.markdown, pngSkipped: report.pngSkipped };
  } catch (error) {
    const fallback = await mkdtemp(join6(tmpdir(), "lr-sweep-"));
    for (const [name, text] of documents) await writeFileSafely(join6(fallback, name), text);
    throw new OutputError(failed, systemReason(error), fallback);
  }
}
function sweepDocuments(done) {
  return [
    [OUTPUT_FILES.results, resultsJson(done.result, done.settingsSource)],
    [OUTPUT_FILES.samples, samplesCsv(done.result.samples)],
    ...done.repeats === null ? [] : [[REPEATS_FILE, repeatsJson(done.repeats)]]
  ];
}
async function writeInterrupted(dir, interrupted) {
  for (const name of [OUTPUT_FILES.results, REPEATS_FILE, ...REPORT_FILE_NAMES]) await rm2(join6(dir, name), { force: true });
  return writeFileSafely(join6(dir, OUTPUT_FILES.samples), samplesCsv(interrupted.records));
}

// src/index.ts
init_planner();
init_result();
init_summary();
init_worker2();
init_tfjs();

// src/report/index.ts
init_markdown();
init_write();
init_curveSpec();
init_curvatureSpec();
init_render();

// src/report/result.ts
init_types();
init_errors();
init_settings();
init_messages7();
init_text();
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function numberOrNull(doc, key, fail) {
  const value = doc[key];
  if (value === null || value === void 0) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) fail(messages3.numberOrNull(key, value));
  return value;
}
function trial(value, i, fail) {
  if (!isObject(value)) return fail(messages3.sampleNotObject(i, value));
  const { lr, loss, diverged, round } = value;
  if (typeof lr !== "number" || !Number.isFinite(lr) || lr < 0) fail(messages3.sampleLr(i, lr));
  if (loss !== null && (typeof loss !== "number" || !Number.isFinite(loss))) fail(messages3.sampleLoss(i, loss));
  if (typeof diverged !== "boolean") fail(messages3.sampleDiverged(i, diverged));
  if (round !== void 0 && (typeof round !== "number" || !Number.isInteger(round) || round < 0)) fail(messages3.sampleRound(i, round));
  return { lr, loss, diverged, round: typeof round === "number" ? round : 0 };
}
function picksOf(value, fail) {
  if (value === null || value === void 0) return null;
  if (!isObject(value)) return fail(messages3.picksShape(value));
  const picks = {};
  for (const m of METHODS) {
    const lr = value[m];
    if (lr === void 0 && !isPaperMethod(m)) continue;
    if (typeof lr !== "number" || !Number.isFinite(lr) || lr <= 0) return fail(messages3.pickValue(m, lr));
    picks[m] = lr;
  }
  return picks;
}
var ORIGINS = ["flag", "input", "model-definition", "default"];
function settingsSourceOf(value) {
  if (!isObject(value)) return null;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([, origin]) => ORIGINS.includes(origin)) ? value : null;
}
function check(doc, fail) {
  if (!isObject(doc)) return fail(messages3.notResultsObject(doc));
  if (!Array.isArray(doc.samples)) return fail(messages3.samplesNotArray(doc.samples));
  const samples = doc.samples.map((value, i) => trial(value, i, fail));
  const method = doc.method;
  if (typeof method !== "string" || !METHODS.includes(method)) fail(messages3.methodValue(METHODS, method));
  const reason = doc.reason;
  if (reason !== null && reason !== void 0 && typeof reason !== "string") fail(messages3.reasonValue(reason));
  const settings = doc.settings;
  if (settings !== void 0 && !isObject(settings)) fail(messages3.settingsValue(settings));
  const trials = doc.trials;
  if (trials !== void 0 && (typeof trials !== "number" || !Number.isInteger(trials) || trials < 0)) fail(messages3.trialsValue(trials));
  const stated = { ...settings, method };
  const result2 = {
    minLr: numberOrNull(doc, "minLr", fail),
    maxLr: numberOrNull(doc, "maxLr", fail),
    picks: picksOf(doc.picks, fail),
    method,
    selectedLr: numberOrNull(doc, "selectedLr", fail),
    lossAtZero: numberOrNull(doc, "lossAtZero", fail),
    trials: typeof trials === "number" ? trials : samples.length,
    reason: typeof reason === "string" ? reason : null,
    samples,
    settings: { ...DEFAULT_SETTINGS, ...stated },
    ...extendedOf(doc.extended, fail),
    ...warningsOf(doc.warnings, fail)
  };
  return { result: result2, stated, settingsSource: settingsSourceOf(doc.settingsSource) };
}
function parseResult(text, path) {
  return readResultsFile(text, path).result;
}
function readResultsFile(text, path) {
  const fail = (problem) => {
    throw new UsageError(messages3.badResultFile(path, problem));
  };
  if (!isText(text)) return fail(notTextSummary(sourceByteCount(text)));
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return fail(messages3.notJson(error instanceof Error ? error.message : String(error)));
  }
  return check(doc, fail);
}
function extendedOf(value, fail) {
  if (value === void 0) return {};
  if (value === null) return { extended: null };
  const ok = isObject(value) && typeof value.startLr === "number" && typeof value.endLr === "number" && value.startLr > 0 && value.endLr > value.startLr;
  if (!ok) return fail(`"extended" is ${JSON.stringify(value)}; expected null or { "startLr", "endLr" } with 0 < startLr < endLr`);
  return { extended: { startLr: value.startLr, endLr: value.endLr } };
}
function warningsOf(value, fail) {
  if (value === void 0) return {};
  if (!Array.isArray(value)) return fail(`"warnings" is ${JSON.stringify(value)}; expected an array`);
  return {
    warnings: value.map((w, i) => {
      if (!isObject(w) || w.code !== "max-trials-imprecise" || typeof w.message !== "string") {
        return fail(`warnings[${i}] is ${JSON.stringify(w)}; expected { "code": "max-trials-imprecise", "message": text }`);
      }
      return { code: "max-trials-imprecise", message: w.message };
    })
  };
}

// src/compare/baselines/curve.ts
function fastaiCurve(steps, options) {
  const skipBegin = Math.floor(options.numIt / 10);
  const end = steps.length - (options.skipEnd ?? 5);
  const kept = steps.slice(skipBegin, Math.max(skipBegin, end));
  const bad = kept.findIndex((s) => !Number.isFinite(s.smoothed));
  const finite = bad === -1 ? kept : kept.slice(0, bad);
  return { lrs: finite.map((s) => s.lr), losses: finite.map((s) => s.smoothed) };
}
function argmin(values) {
  let best = -1;
  for (let i = 0; i < values.length; i += 1) {
    if (best === -1 || values[i] < values[best]) best = i;
  }
  return best;
}
function lossAt(curve, lr) {
  const n = curve.lrs.length;
  if (n === 0) return Number.NaN;
  const x = Math.log10(lr);
  const xs = curve.lrs.map((v) => Math.log10(v));
  if (x <= xs[0]) return curve.losses[0];
  if (x >= xs[n - 1]) return curve.losses[n - 1];
  let i = 1;
  while (xs[i] < x) i += 1;
  const x0 = xs[i - 1];
  const x1 = xs[i];
  const t = x1 === x0 ? 0 : (x - x0) / (x1 - x0);
  return curve.losses[i - 1] + t * (curve.losses[i] - curve.losses[i - 1]);
}

// src/compare/baselines/gradient.ts
function gradient(values, coords) {
  const n = values.length;
  if (n < 2) return [];
  const x = (i) => coords ? coords[i] : i;
  const f = (i) => values[i];
  const out = new Array(n);
  out[0] = (f(1) - f(0)) / (x(1) - x(0));
  out[n - 1] = (f(n - 1) - f(n - 2)) / (x(n - 1) - x(n - 2));
  for (let i = 1; i < n - 1; i += 1) {
    const h1 = x(i) - x(i - 1);
    const h2 = x(i + 1) - x(i);
    out[i] = -h2 / (h1 * (h1 + h2)) * f(i - 1) + (h2 - h1) / (h1 * h2) * f(i) + h1 / (h2 * (h1 + h2)) * f(i + 1);
  }
  return out;
}

// src/compare/baselines/lightning.ts
var LIGHTNING_MIN_POINTS = 2;
function lightningSteepest(steps, options = {}) {
  const skipBegin = options.skipBegin ?? 10;
  const skipEnd = options.skipEnd ?? 1;
  const kept = steps.slice(skipBegin, Math.max(skipBegin, steps.length - skipEnd)).filter((s) => Number.isFinite(s.smoothed));
  if (kept.length < LIGHTNING_MIN_POINTS) return null;
  const grads = gradient(
    kept.map((s) => s.smoothed),
    kept.map((s) => Math.log(s.lr))
  );
  const best = kept[argmin(grads)];
  return { lr: best.lr, loss: best.smoothed };
}

// src/compare/baselines/lowestLoss.ts
function lowestLossAfterReset(result2) {
  const trials = result2.samples.filter(
    (s) => s.lr > 0 && !s.diverged && s.loss !== null && Number.isFinite(s.loss)
  );
  if (trials.length === 0) return null;
  const lowest = trials.reduce((a, b) => b.loss < a.loss ? b : a);
  if (result2.maxLr === null) return { lr: lowest.lr, loss: lowest.loss };
  const nearest = trials.reduce(
    (a, b) => Math.abs(Math.log10(b.lr / result2.maxLr)) < Math.abs(Math.log10(a.lr / result2.maxLr)) ? b : a
  );
  return { lr: result2.maxLr, loss: nearest.loss };
}

// src/compare/baselines/messages.ts
function tooFewPoints(rule, needed, got) {
  return `${rule} needs at least ${needed} usable points on the range-test curve, got ${got}: raise --num-it or --end-lr (the run stopped early or the loss was not finite)`;
}
function noSearchCurve(reason) {
  return reason === null ? "lowest loss after reset needs a step-sampling curve with at least one finite trial" : `lowest loss after reset needs a step-sampling curve: ${reason}`;
}

// src/compare/baselines/minimum.ts
function fastaiMinimum(curve) {
  const i = argmin(curve.losses);
  if (i < 0) return null;
  const lr = curve.lrs[i] / 10;
  return { lr, loss: lossAt(curve, lr) };
}

// src/compare/baselines/slide.ts
function fastaiSlide(curve, options = {}) {
  const lrDiff = options.lrDiff ?? 15;
  const thresh = options.thresh ?? 5e-3;
  const adjust = options.adjustValue ?? 1;
  const n = curve.losses.length;
  let right = n - 1;
  let left = right - lrDiff;
  if (left < 0) return null;
  const grads = gradient(curve.losses);
  let localMinLr = curve.lrs[left];
  while (left >= 0 && Math.abs(grads[right] - grads[left]) > thresh) {
    localMinLr = curve.lrs[left];
    right -= 1;
    left -= 1;
  }
  const lr = localMinLr * adjust;
  return { lr, loss: lossAt(curve, lr) };
}

// src/compare/baselines/steep.ts
function fastaiSteep(curve) {
  const n = curve.lrs.length;
  if (n < 2) return null;
  const slopes = [];
  for (let i2 = 0; i2 + 1 < n; i2 += 1) {
    const dLoss = curve.losses[i2 + 1] - curve.losses[i2];
    slopes.push(dLoss / (Math.log(curve.lrs[i2 + 1]) - Math.log(curve.lrs[i2])));
  }
  const i = argmin(slopes);
  return { lr: curve.lrs[i], loss: curve.losses[i] };
}

// src/compare/baselines/valley.ts
function fastaiValley(curve) {
  const losses = curve.losses;
  const n = losses.length;
  if (n === 0) return null;
  const lds = new Array(n).fill(1);
  let maxEnd = 0;
  for (let i = 1; i < n; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if (losses[i] < losses[j] && lds[i] < lds[j] + 1) {
        lds[i] = lds[j] + 1;
      }
    }
    if (lds[maxEnd] < lds[i]) maxEnd = i;
  }
  const length = lds[maxEnd];
  const start = maxEnd - length;
  const sections = length / 3;
  const idx = Math.max(0, start + Math.floor(sections) + Math.floor(sections / 2));
  return { lr: curve.lrs[idx], loss: losses[idx] };
}

// src/compare/baselines/suggest.ts
var BASELINE_LABELS = {
  fastaiMinimum: "fastai minimum",
  fastaiSteep: "fastai steep",
  fastaiValley: "fastai valley",
  fastaiSlide: "fastai slide",
  lightningSteepest: "Lightning steepest",
  lowestLoss: "lowest loss after reset"
};
function result(method, s, reason) {
  return s ? { method, lr: s.lr, loss: s.loss, reason: null } : { method, lr: null, loss: null, reason };
}
function suggestBaselines(steps, options) {
  const curve = fastaiCurve(steps, { numIt: options.numIt });
  const n = curve.lrs.length;
  const lrDiff = options.slide?.lrDiff ?? 15;
  const lightningPoints = Math.max(0, steps.slice(10, -1).filter((s) => Number.isFinite(s.smoothed)).length);
  return [
    result("fastaiMinimum", fastaiMinimum(curve), tooFewPoints(BASELINE_LABELS.fastaiMinimum, 1, n)),
    result("fastaiSteep", fastaiSteep(curve), tooFewPoints(BASELINE_LABELS.fastaiSteep, 2, n)),
    result("fastaiValley", fastaiValley(curve), tooFewPoints(BASELINE_LABELS.fastaiValley, 1, n)),
    result(
      "fastaiSlide",
      fastaiSlide(curve, options.slide),
      tooFewPoints(BASELINE_LABELS.fastaiSlide, lrDiff + 1, n)
    ),
    result(
      "lightningSteepest",
      lightningSteepest(steps),
      tooFewPoints(BASELINE_LABELS.lightningSteepest, LIGHTNING_MIN_POINTS, lightningPoints)
    ),
    options.search ? result("lowestLoss", lowestLossAfterReset(options.search), noSearchCurve(null)) : { method: "lowestLoss", lr: null, loss: null, reason: noSearchCurve("pass the results.json of lr-sweep search") }
  ];
}

// src/compare/baselines/types.ts
var BASELINE_METHODS = [
  "fastaiMinimum",
  "fastaiSteep",
  "fastaiValley",
  "fastaiSlide",
  "lightningSteepest",
  "lowestLoss"
];

// src/compare/rangetest/tfjsSession.ts
init_errors();
init_backend();
init_definition();
init_messages6();
init_open();

// src/compare/rangetest/learningRate.ts
init_errors();

// src/compare/rangetest/messages.ts
init_numbers();
function notPositive(flag, value) {
  return `${flag} must be a positive number, got ${value}`;
}
function endNotAboveStart(start, end, startName = "startLr", endName = "endLr") {
  return `${endName} must be above ${startName}, got ${startName} ${start} and ${endName} ${end}`;
}
function badNumIt(value, min, name = "numIt") {
  return `${name} must be a whole number of steps, at least ${min}, got ${value}`;
}
function badBeta(value) {
  return `smoothing beta must be in [0, 1), got ${value}`;
}
function badStopFactor(value) {
  return `the divergence factor must be a number above 1, got ${value}`;
}
function badSeed(value, name = "seed") {
  return `${name} must be a non-negative whole number, got ${value}`;
}

// src/compare/baselines/smooth.ts
var DEFAULT_BETA = 0.98;
var DEFAULT_STOP_FACTOR = 4;
function createLossSmoother(options = {}) {
  const beta = options.beta ?? DEFAULT_BETA;
  const stopFactor = options.stopFactor ?? DEFAULT_STOP_FACTOR;
  let avg = 0;
  let count = 0;
  let best = Number.POSITIVE_INFINITY;
  return {
    add(loss) {
      count += 1;
      avg = beta * avg + (1 - beta) * loss;
      const smoothed = avg / (1 - beta ** count);
      if (smoothed < best) best = smoothed;
      const stop = !Number.isFinite(smoothed) || smoothed > stopFactor * best;
      return { smoothed, stop };
    }
  };
}

// src/compare/rangetest/schedule.ts
function rangeTestLr(i, startLr, endLr, numIt) {
  return startLr * (endLr / startLr) ** (i / numIt);
}

// src/compare/rangetest/recorder.ts
function createRangeTestRecorder(settings) {
  const smoother = createLossSmoother({ beta: settings.beta, stopFactor: settings.stopFactor });
  const steps = [];
  let stopReason = "completed";
  const lrFor = (i) => rangeTestLr(i, settings.startLr, settings.endLr, settings.numIt);
  return {
    lrFor,
    steps,
    record(loss) {
      const { smoothed, stop } = smoother.add(loss);
      steps.push({ lr: lrFor(steps.length), loss, smoothed });
      if (stop) stopReason = Number.isFinite(smoothed) ? "diverged" : "non-finite";
      return stop || steps.length >= settings.numIt;
    },
    finish(elapsedMs, search2) {
      const suggestions = suggestBaselines(steps, { numIt: settings.numIt, ...search2 ? { search: search2 } : {} });
      return { settings, steps: [...steps], stopReason, suggestions, elapsedMs };
    }
  };
}

// src/compare/rangetest/run.ts
async function runRangeTest(trainer, settings, deps = {}) {
  const clock = deps.clock ?? (() => performance.now());
  const started = clock();
  const recorder = createRangeTestRecorder(settings);
  for (let i = 0; ; i += 1) {
    const stop = recorder.record(await trainer.step(recorder.lrFor(i)));
    deps.progress?.(recorder.steps[i], i + 1, settings.numIt);
    if (stop) break;
  }
  return recorder.finish(clock() - started, deps.search);
}

// src/compare/rangetest/settings.ts
init_errors();
var DEFAULT_RANGE_TEST = {
  startLr: 1e-7,
  endLr: 10,
  numIt: 100,
  beta: 0.98,
  stopFactor: 4,
  seed: 0
};
var MIN_NUM_IT = 6;
function resolveRangeTestSettings(input = {}, nameOf = (key) => key) {
  const s = { ...DEFAULT_RANGE_TEST, ...input };
  const positive = (key, v) => {
    if (!Number.isFinite(v) || v <= 0) throw new UsageError(notPositive(nameOf(key), v));
  };
  positive("startLr", s.startLr);
  positive("endLr", s.endLr);
  if (s.endLr <= s.startLr) throw new UsageError(endNotAboveStart(s.startLr, s.endLr, nameOf("startLr"), nameOf("endLr")));
  if (!Number.isInteger(s.numIt) || s.numIt < MIN_NUM_IT) throw new UsageError(badNumIt(s.numIt, MIN_NUM_IT, nameOf("numIt")));
  if (!(s.beta >= 0 && s.beta < 1)) throw new UsageError(badBeta(s.beta));
  if (!Number.isFinite(s.stopFactor) || s.stopFactor <= 1) throw new UsageError(badStopFactor(s.stopFactor));
  if (!Number.isInteger(s.seed) || s.seed < 0) throw new UsageError(badSeed(s.seed, nameOf("seed")));
  return s;
}

// src/compare/rangetest/chart.ts
init_chartData();
init_theme();
init_numbers();
var SUGGESTION_STYLES = {
  fastaiValley: { color: "#009e73", dash: [1, 0], shape: "circle", short: "valley" },
  fastaiMinimum: { color: "#0072b2", dash: [6, 3], shape: "square", short: "minimum" },
  fastaiSteep: { color: "#e69f00", dash: [2, 2], shape: "triangle-up", short: "steep" },
  fastaiSlide: { color: "#cc79a7", dash: [8, 2, 2, 2], shape: "diamond", short: "slide" },
  lightningSteepest: { color: "#d55e00", dash: [4, 4], shape: "triangle-down", short: "Lightning" },
  lowestLoss: { color: "#555555", dash: [10, 3], shape: "cross", short: "lowest after reset" }
};
function rangeTestSpec(result2, options = {}) {
  const finite = result2.steps.filter((s) => Number.isFinite(s.loss));
  const values = finite.map((s) => ({ lr: s.lr, loss: s.loss, smoothed: s.smoothed }));
  const first = result2.steps[0]?.smoothed ?? 1;
  const lows = finite.map((s) => Math.min(s.loss, s.smoothed));
  const yMin = lows.length > 0 ? Math.min(...lows) : 0;
  const yMax = Math.max(2 * first, yMin + 1e-6);
  const y = { type: "quantitative", title: "training loss", scale: { domain: [Math.max(0, yMin * 0.95), yMax], clamp: true } };
  const smooth = finite.map((s) => s.smoothed).filter((v) => Number.isFinite(v));
  const sMin = smooth.length > 0 ? Math.min(...smooth) : 0;
  const sMax = smooth.length > 0 ? Math.min(Math.max(...smooth), yMax) : 1;
  const pad2 = Math.max((sMax - sMin) * 0.08, 1e-6);
  const ySmooth = { ...y, title: "smoothed training loss", scale: { domain: [sMin - pad2, sMax + pad2], clamp: true } };
  const lrs = result2.steps.map((s) => s.lr);
  const lo = Math.min(...lrs, ...result2.suggestions.flatMap((s) => s.lr === null ? [] : [s.lr]));
  const hi = Math.max(...lrs);
  const decades = [];
  for (let k = Math.ceil(Math.log10(lo / 1.2)); k <= Math.floor(Math.log10(hi * 1.2)); k += 1) decades.push(10 ** k);
  const x = {
    field: "lr",
    type: "quantitative",
    scale: { type: "log", domain: [lo / 1.2, hi * 1.2] },
    title: "learning rate (log scale)",
    axis: { values: decades, format: ".0e" }
  };
  const width = options.width ?? 380;
  const height = options.height ?? 300;
  const suggested = result2.suggestions.filter((s) => s.lr !== null && s.loss !== null).map((s) => ({ lr: s.lr, loss: s.loss, label: `${BASELINE_LABELS[s.method]}: ${displayLr(s.lr)}`, ...SUGGESTION_STYLES[s.method] }));
  const placed = placeRules(
    suggested.map((p) => ({ lr: p.lr, label: p.short })),
    { domain: [lo / 1.2, hi * 1.2], ticks: decades, format: ".0e" },
    { width, fontSize: RULE_LABEL.fontSize }
  );
  const picks = suggested.map((p) => {
    const at = placed.find((q) => q.lr === p.lr && q.label === p.short);
    return { ...p, drawLr: at?.drawLr ?? p.lr, labelY: at?.labelY ?? 0, align: at?.align ?? "left" };
  });
  const legendOf = (range) => ({
    field: "label",
    type: "nominal",
    title: "suggestion",
    sort: picks.map((p) => p.label),
    scale: { domain: picks.map((p) => p.label), range: [...range] },
    // The rules' dashes would outline the legend's shapes; the shapes and colours name them there.
    legend: { symbolStrokeWidth: 0, symbolSize: 110 }
  });
  const colour = legendOf(picks.map((p) => p.color));
  const smoothedLayers = [
    { data: { values }, mark: { type: "line", color: "#333333", strokeWidth: 2, clip: true }, encoding: { x, y: { ...ySmooth, field: "smoothed" } } }
  ];
  if (picks.length > 0) {
    smoothedLayers.push(
      { name: "suggestions", data: { values: picks }, mark: { type: "rule", strokeWidth: 1.8 }, encoding: { x: { ...x, field: "drawLr" }, color: colour, strokeDash: legendOf(picks.map((p) => [...p.dash])) } },
      {
        name: "suggestionPoints",
        data: { values: picks },
        mark: { type: "point", filled: true, size: 80, opacity: 1, clip: true },
        encoding: { x: { ...x, field: "drawLr" }, y: { ...ySmooth, field: "loss" }, color: colour, shape: legendOf(picks.map((p) => p.shape)) }
      },
      ...ruleLabelLayers(picks.map((p) => ({ ...p, label: p.short })), x)
    );
  }
  const stop = result2.stopReason === "completed" ? "all steps run" : `${result2.steps.length} steps, stopped: ${result2.stopReason === "diverged" ? `smoothed loss passed ${result2.settings.stopFactor}x its best` : "loss not finite"}`;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: `LR range test${options.model ? `: ${options.model}` : ""}`,
      subtitle: `one run, lr ${displayLr(result2.settings.startLr)} \u2192 ${displayLr(result2.settings.endLr)} over ${result2.settings.numIt} steps (${stop}); smoothing beta ${result2.settings.beta}`
    },
    config: CHART_CONFIG,
    hconcat: [
      {
        title: "raw loss per batch",
        width,
        height,
        data: { values },
        mark: { type: "line", color: "#7f7f7f", strokeWidth: 1.2, clip: true },
        encoding: { x, y: { ...y, field: "loss" } }
      },
      { title: "smoothed (bias-corrected EMA) with suggestions", width, height, layer: smoothedLayers }
    ]
  };
}

// src/compare/validate/band.ts
var DEFAULT_BAND_POINTS = 0.01;
function accuracyBand(grid, points = DEFAULT_BAND_POINTS) {
  const sorted = [...grid].sort((a, b) => a.lr - b.lr);
  let best = -1;
  sorted.forEach((g, i) => {
    if (g.accuracy !== null && (best === -1 || g.accuracy > sorted[best]?.accuracy)) best = i;
  });
  if (best === -1) return null;
  const bestAccuracy = sorted[best]?.accuracy;
  const good = (i) => {
    const a = sorted[i]?.accuracy;
    return a !== null && a !== void 0 && a >= bestAccuracy - points - 1e-12;
  };
  let lo = best;
  while (lo > 0 && good(lo - 1)) lo -= 1;
  let hi = best;
  while (hi < sorted.length - 1 && good(hi + 1)) hi += 1;
  return {
    bestLr: sorted[best]?.lr,
    bestAccuracy,
    points,
    loLr: sorted[lo]?.lr,
    hiLr: sorted[hi]?.lr
  };
}
function insideBand(lr, band) {
  return lr >= band.loLr * (1 - 1e-9) && lr <= band.hiLr * (1 + 1e-9);
}

// src/compare/validate/rows.ts
function pickRows(picks, outcomeOf2, band) {
  return picks.map((p) => {
    const outcome = p.lr === null ? null : outcomeOf2(p.lr);
    const accuracy = outcome?.accuracy ?? null;
    const percentOfBest = accuracy !== null && band !== null && band.bestAccuracy > 0 ? 100 * accuracy / band.bestAccuracy : null;
    return {
      method: p.method,
      lr: p.lr,
      reason: p.reason,
      outcome,
      percentOfBest,
      insideBand: p.lr !== null && band !== null ? insideBand(p.lr, band) : null,
      cost: p.cost
    };
  });
}

// src/compare/validate/run.ts
async function runValidation(trainer, options) {
  const wanted = [...options.grid, ...options.picks.flatMap((p) => p.lr === null ? [] : [p.lr])];
  const distinct = [...new Set(wanted)].sort((a, b) => a - b);
  const outcomes = /* @__PURE__ */ new Map();
  for (const [i, lr] of distinct.entries()) {
    const { epochs, patience, seed } = options.settings;
    const outcome = await trainer.train(lr, { epochs, patience, seed });
    outcomes.set(lr, outcome);
    options.progress?.(i + 1, distinct.length, lr, outcome);
  }
  const grid = options.grid.map((lr) => ({ lr, ...outcomes.get(lr) }));
  const band = accuracyBand(grid);
  return {
    model: options.model,
    settings: options.settings,
    grid,
    band,
    picks: pickRows(options.picks, (lr) => outcomes.get(lr) ?? null, band)
  };
}

// src/compare/validate/chart.ts
init_theme();

// src/compare/validate/labels.ts
init_types();
init_names();
function methodLabel(method) {
  if (isOurMethod(method)) {
    const names = METHOD_NAMES[method];
    return names.paperNumber === null ? names.label : `${names.label} (method ${names.paperNumber})`;
  }
  return BASELINE_LABELS[method];
}
function isOurMethod(method) {
  return METHODS.includes(method);
}

// src/compare/validate/messages.ts
init_numbers();
function chartTitle(settings, model) {
  return settings.patience > 0 ? `Accuracy at the best validation loss (patience ${settings.patience}, \u2264 ${settings.epochs} epochs): ${model}` : `Final accuracy after ${settings.epochs} epoch${settings.epochs === 1 ? "" : "s"}: ${model}`;
}
function accuracyAxisTitle(settings) {
  return settings.patience > 0 ? "validation accuracy at best epoch (%)" : "final validation accuracy (%)";
}

// src/compare/validate/chart.ts
init_numbers();
var BASELINE_STYLES = {
  fastaiMinimum: { color: "#4d4d4d", dash: [6, 3] },
  fastaiSteep: { color: "#7a7a7a", dash: [2, 2] },
  fastaiValley: { color: "#363636", dash: [1, 0] },
  fastaiSlide: { color: "#8f8f8f", dash: [8, 2, 2, 2] },
  lightningSteepest: { color: "#5e5e5e", dash: [4, 4] },
  lowestLoss: { color: "#a6a6a6", dash: [10, 3] }
};
function pickStyle(method) {
  return isOurMethod(method) ? { color: PICK_COLORS[method], dash: [1, 0] } : BASELINE_STYLES[method];
}
function validationSpec(report, options = {}) {
  const grid = report.grid.filter((g) => g.accuracy !== null).map((g) => ({ lr: g.lr, accuracy: 100 * g.accuracy }));
  const picks = report.picks.filter((p) => p.lr !== null).map((p) => ({ lr: p.lr, label: `${methodLabel(p.method)}: ${displayLr(p.lr)}`, ...pickStyle(p.method) }));
  const lrs = [...report.grid.map((g) => g.lr), ...picks.map((p) => p.lr)];
  const xDomain = [Math.min(...lrs) / 1.5, Math.max(...lrs) * 1.5];
  const decades = [];
  for (let k = Math.ceil(Math.log10(xDomain[0])); k <= Math.floor(Math.log10(xDomain[1])); k += 1) decades.push(10 ** k);
  const x = {
    field: "lr",
    type: "quantitative",
    scale: { type: "log", domain: xDomain },
    title: "learning rate (log scale)",
    axis: { values: decades, format: ".0e" }
  };
  const layers = [];
  if (report.band) {
    layers.push({
      data: { values: [{ lo: report.band.loLr, hi: report.band.hiLr, y: 100 * (report.band.bestAccuracy - report.band.points) }] },
      layer: [
        { mark: { type: "rect", color: "#f6e7cf", opacity: 0.8 }, encoding: { x: { ...x, field: "lo" }, x2: { field: "hi" } } },
        {
          mark: { type: "rule", color: "#b0b0b0", strokeDash: [3, 3] },
          encoding: { y: { field: "y", type: "quantitative" } }
        }
      ]
    });
  }
  layers.push({
    data: { values: grid },
    layer: [
      { mark: { type: "line", color: "#222222", strokeWidth: 1.8 } },
      { mark: { type: "point", filled: true, color: "#222222", size: 36 } }
    ],
    encoding: { x, y: { field: "accuracy", type: "quantitative", title: accuracyAxisTitle(report.settings), scale: { zero: false } } }
  });
  if (picks.length > 0) {
    layers.push({
      data: { values: picks },
      mark: { type: "rule", strokeWidth: 2 },
      encoding: {
        x,
        color: {
          field: "label",
          type: "nominal",
          title: "pick",
          sort: picks.map((p) => p.label),
          scale: { domain: picks.map((p) => p.label), range: picks.map((p) => p.color) }
        },
        strokeDash: {
          field: "label",
          type: "nominal",
          sort: picks.map((p) => p.label),
          scale: { domain: picks.map((p) => p.label), range: picks.map((p) => [...p.dash]) }
        }
      }
    });
  }
  const subtitle = report.band ? `shaded: learning rates within ${(report.band.points * 100).toFixed(0)} point of the best grid accuracy (${(100 * report.band.bestAccuracy).toFixed(1)} %)` : "no grid accuracy";
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: chartTitle(report.settings, report.model), subtitle },
    width: options.width ?? SIZES.width,
    height: options.height ?? SIZES.curveHeight,
    config: CHART_CONFIG,
    layer: layers
  };
}
export {
  BACKEND_NAMES,
  BASELINE_LABELS,
  BASELINE_METHODS,
  ConfigError,
  DEFAULT_SETTINGS,
  InterruptedError,
  MAX_REPEATS,
  METHODS,
  MIN_FINITE_SAMPLES,
  OPTIMIZER_NAMES,
  OutputError,
  PAPER_METHODS,
  RUNNER_KINDS,
  SCHEMA_VERSION,
  SETTING_NAMES,
  TrialError,
  UsageError,
  accuracyBand,
  analyze,
  createCommandRunner,
  createTfjsRunner,
  createWorkerRunner,
  curvatureSpec,
  curveSpec,
  defineConfig,
  isUserError,
  parseResult,
  planFirstRound,
  planNextRound,
  rangeTestSpec,
  renderMarkdown,
  renderSpec,
  resolveRangeTestSettings,
  resolveSettings,
  resolveWithSource,
  resultFromSamples,
  runRangeTest,
  runValidation,
  search,
  searchRepeats,
  smoothFit,
  spreadBands,
  suggestBaselines,
  summarizeRepeats,
  sweep,
  toleranceBelowNoise2 as toleranceBelowNoise,
  validationSpec,
  workerHelperPath,
  writeInterrupted,
  writeReport,
  writeSweep
};
