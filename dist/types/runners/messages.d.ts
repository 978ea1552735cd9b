export declare const runnerMessages: {
    readonly exitedNonZero: (lr: string, command: string, code: number, tail: readonly string[]) => string;
    readonly killedBySignal: (lr: string, command: string, signal: string, tail: readonly string[]) => string;
    readonly timedOut: (lr: string, command: string, seconds: number, tail: readonly string[], option?: string) => string;
    readonly noOutput: (lr: string, command: string, tail: readonly string[]) => string;
    readonly unparseable: (lr: string, command: string, line: string) => string;
    readonly spawnFailed: (lr: string, command: string, reason: string) => string;
    readonly stopped: (lr: string, command: string) => string;
};
/** The lines of a persistent worker (`--worker`): failures, and what the log shows. */
export declare const workerMessages: {
    /** The worker died during the trial's retry too (or at start, twice). */
    readonly diedTwice: (lr: string, command: string, code: number | null, signal: string | null, tail: readonly string[]) => string;
    readonly timedOut: (lr: string, command: string, seconds: number, lastLine: string | null, tail: readonly string[], option?: string) => string;
    readonly invalidAnswer: (lr: string, command: string, line: string) => string;
    readonly spawnFailed: (lr: string, command: string, reason: string) => string;
    readonly stopped: (lr: string, command: string) => string;
    /** Log: the worker died during a trial and is started again for one retry. */
    readonly restarting: (slot: number, lr: string, code: number | null, signal: string | null) => string;
    /** Log: the worker printed the ready marker, `ms` after it was started. */
    readonly ready: (slot: number, ms: number) => string;
    /** Log: the first answer of a worker that printed no ready marker (start-up and one trial together). */
    readonly firstAnswer: (slot: number, ms: number) => string;
    /** Log: one line the worker printed that is not an answer. */
    readonly chatter: (slot: number, line: string) => string;
};
/** Device lists (`--devices`, the `devices` input): `input` names where the list came from. */
export declare const deviceMessages: {
    readonly empty: (input: string, value: string) => string;
    readonly badEntry: (input: string, value: string, entry: string) => string;
    readonly twice: (input: string, value: string, device: string) => string;
    readonly moreSlots: (input: string, devices: readonly string[], slots: number) => string;
    readonly badSlots: (slots: unknown) => string;
};
/** A line cut to `max` characters for a message. */
export declare function shortLine(line: string, max?: number): string;
