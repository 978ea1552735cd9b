/** What one stdout line of a worker is, for the request `id` in flight (null when none is). */
export type WorkerLine = 
/** The answer: a finite loss, or a diverged trial (null, NaN, ±Infinity). */
WorkerAnswer
/** The answer's id and a `loss` key, but the loss is not a number, null, NaN or Infinity. */
 | {
    readonly kind: 'invalid';
}
/** The optional start-up marker {@link READY_KEY}: the worker has loaded and waits for requests. */
 | {
    readonly kind: 'ready';
}
/** Anything else: a framework's log, a progress bar, an answer to another id. */
 | {
    readonly kind: 'chatter';
};
/** An answer line: its loss read, and the whole object (for runners whose workers send more keys). */
export interface WorkerAnswer {
    readonly kind: 'answer';
    /** The loss; NaN for null. */
    readonly loss: number;
    /** True when the loss is not finite. */
    readonly diverged: boolean;
    /** The answer's JSON object as parsed, `id` and `loss` included. */
    readonly fields: Readonly<Record<string, unknown>>;
}
/**
 * Key of the optional line `{"lr_sweep_worker": "ready"}` a worker may print once it has started (the
 * Python helper does), so progress can show the start-up time apart from the first trial's. To a worker
 * that never prints it nothing changes.
 */
export declare const READY_KEY = "lr_sweep_worker";
/** The request line (without newline): `{"id":3,"lr":0.001,"steps":20,"seed":0}`; the lr round-trips exactly. */
export declare function requestLine(id: number, lr: number, steps: number, seed: number): string;
/** Reads one stdout line of a worker while request `id` is in flight (`null`: none is). */
export declare function parseWorkerLine(line: string, id: number | null): WorkerLine;
