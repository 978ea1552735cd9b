/** One trial as the analysis sees it. */
export interface Sample {
    /** Learning rate. lr = 0 is the untrained model and gives L(0); lr < 0 is rejected. */
    readonly lr: number;
    /** Validation loss after the trial's steps; NaN or ±Infinity when the trial diverged. */
    readonly loss: number;
}
/** The paper's three ways to choose a learning rate inside the viable window (methods 1, 2, 3). */
export type PaperMethod = 'midpoint' | 'halfLoss' | 'steepest';
/** Every way to choose a learning rate inside the window: the paper's three, then the opt-in `basin`. */
export type Method = PaperMethod | 'basin';
/** Every method: the paper's in its order (method 1, 2, 3), then the methods added since. */
export declare const METHODS: readonly Method[];
/** The paper's methods: every results.json has their picks; a method added later may be absent from older files. */
export declare const PAPER_METHODS: readonly PaperMethod[];
/** True for the paper's methods (whose picks every results.json carries). */
export declare function isPaperMethod(method: Method): method is PaperMethod;
/** The picks, one learning rate per method. */
export interface Picks {
    /** Method 1: the log-midpoint of [minLr, maxLr]. */
    readonly midpoint: number;
    /** Method 2: where the fitted loss is half way between L(0) and L(maxLr). */
    readonly halfLoss: number;
    /** Method 3: the most negative d loss / d log10 lr inside [minLr, maxLr]. */
    readonly steepest: number;
    /**
     * Opt-in (`--method basin`), not one of the paper's: the larger of the midpoint and the lower edge of the loss basin (where the
     * fitted loss comes within 10 % of the drop L(0) − L(maxLr) of its floor, walking left from maxLr).
     */
    readonly basin: number;
}
/** Why there is no viable window; each has its own remedy in the message. */
export type NoWindowCode = 'too-few-samples' | 'all-diverged' | 'no-loss-at-zero' | 'no-descent' | 'still-falling' | 'min-at-start' | 'no-knee';
/** A search setting a no-window remedy asks to change; each edge names it (`--end-lr`, `end-lr`). */
export type RemedySetting = 'startLr' | 'endLr' | 'coarseStep' | 'steps';
/** The facts a missing window is worded from, one shape per case (learning rates in lr, losses in loss units). */
export type NoWindowFacts = {
    readonly kind: 'too-few-samples';
    readonly finite: number;
    readonly smallestDiverged: number | null;
} | {
    readonly kind: 'all-diverged';
    readonly smallestLr: number;
} | {
    readonly kind: 'no-loss-at-zero';
    readonly ran: boolean;
} | {
    readonly kind: 'no-descent';
    readonly lossAtZero: number;
    readonly lowest: number;
    readonly margin: number;
} | {
    readonly kind: 'min-at-start';
    readonly startLr: number;
} | {
    readonly kind: 'still-falling';
    readonly endLr: number;
} | {
    readonly kind: 'descent-before-start';
    readonly startLr: number;
} | {
    readonly kind: 'no-knee';
    readonly halfLossLr: number;
};
/**
 * A missing window: a machine-readable code, the structured facts, and one sentence with what to change
 * that names settings by their neutral names (`end-lr`); edges re-word `facts` with their own names.
 */
export interface NoWindow {
    readonly code: NoWindowCode;
    /** What the sentence is worded from (see `wordNoWindow`). */
    readonly facts: NoWindowFacts;
    /** E.g. "the loss is still falling at the largest lr tried (1.00e+1): raise end-lr". */
    readonly message: string;
}
/**
 * The fitted curve evaluated on a dense, uniform grid in x = log10(lr), for charts and checks. In an
 * analysis with a window read off the shape model (see `fitShape`), all of it is the model's curve.
 * Otherwise y is the loss fit's, and dy, d2y and curvature are those minLr and steepest were read
 * from: the loss fit's own unless noise made its curvature unreadable, then a smoother fit's (see `kneeFit`).
 */
export interface FittedCurve {
    /** log10(lr), ascending, uniform, spanning the finite samples. */
    readonly x: readonly number[];
    /** Fitted loss y(x). */
    readonly y: readonly number[];
    /** dy/dx (loss per decade). */
    readonly dy: readonly number[];
    /** d²y/dx². */
    readonly d2y: readonly number[];
    /** Curvature k = y'' / (1 + y'²)^(3/2). */
    readonly curvature: readonly number[];
}
/** The fit a window is read from: the shape model (see `fitShape`) or the smoothing spline. */
export type CurveModel = 'shape' | 'spline';
/** What `analyze` returns. Either a window and picks, or a reason; never a made-up number. */
export interface Analysis {
    /** Lower end of the viable window (the knee), or null with no window. */
    readonly minLr: number | null;
    /** Upper end of the viable window (the fitted curve's minimum), or null with no window. */
    readonly maxLr: number | null;
    /** The picks (the paper's three and the opt-in basin), or null with no window. */
    readonly picks: Picks | null;
    /** L(0): validation loss of the untrained model (the lr = 0 trials, averaged), or null if absent. */
    readonly lossAtZero: number | null;
    /** Null when there is a window; otherwise why not. */
    readonly reason: NoWindow | null;
    /** The smooth fit, or null when there are too few finite samples to fit. */
    readonly fit: FittedCurve | null;
    /**
     * What `fit` is: `'shape'` when the window was read off the shape model (a plateau, one descent and a
     * blow-up fitted as 7 numbers; see `fitShape`), `'spline'` when it is the smoothing spline's, null with no fit.
     */
    readonly curveModel: CurveModel | null;
    /** Smallest lr above the fitted minimum whose trial diverged, or null: the search's upper bound. */
    readonly divergedFrom: number | null;
}
