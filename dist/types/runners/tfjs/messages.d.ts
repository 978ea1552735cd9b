/** The neutral name of the backend setting; the default `option` of the backend messages (each edge passes its own). */
export declare const BACKEND_SETTING: string;
/** The runner's messages; each function returns one line. */
export declare const messages: {
    readonly configNotFound: (file: string) => string;
    readonly configIsDirectory: (file: string) => string;
    readonly configExtension: (file: string) => string;
    readonly configLoadFailed: (file: string, reason: string) => string;
    readonly configNoDefault: (file: string) => string;
    readonly configNotObject: (file: string, got: unknown) => string;
    readonly fieldMissing: (file: string, field: string, expected: string) => string;
    readonly fieldInvalid: (file: string, field: string, got: unknown, expected: string) => string;
    readonly fieldUnknown: (file: string, field: string, allowed: readonly string[]) => string;
    readonly factoryThrew: (file: string, call: string, reason: string) => string;
    readonly modelNotLayersModel: (file: string, got: unknown) => string;
    readonly modelArity: (file: string, inputs: number, outputs: number) => string;
    readonly lossInvalid: (file: string, loss: unknown, reason: string) => string;
    readonly metricsInvalid: (file: string, reason: string) => string;
    readonly dataShape: (file: string, where: string, got: unknown) => string;
    readonly dataCount: (file: string, split: string, xs: number, ys: number) => string;
    readonly dataEmpty: (file: string, split: string) => string;
    readonly inputShape: (file: string, where: string, got: readonly number[], expected: readonly (number | null)[]) => string;
    readonly targetShape: (file: string, where: string, got: readonly number[], expected: readonly (number | null)[], loss: string) => string;
    readonly trainingStepFailed: (file: string, reason: string) => string;
    readonly lossAtZeroNotFinite: (file: string, loss: number) => string;
    readonly optimizerInvalid: (file: string, got: unknown) => string;
    readonly trialFailed: (lr: number, reason: string) => string;
    readonly runnerClosed: (lr: number) => string;
    readonly lrInvalid: (lr: number) => string;
    readonly stepsInvalid: (steps: number) => string;
    readonly divergeFactorInvalid: (value: number, option?: string) => string;
    /** `option` is how the edge names the setting: `--backend` (default) on the command line, `the backend input` in the action. */
    readonly backendInvalid: (value: unknown, allowed: readonly string[], option?: string) => string;
    readonly backendUnavailable: (backend: string, reason: string, remedy: string, option?: string) => string;
    /** The remedy that switches backends, worded for the edge: `use --backend cpu`, `set the backend input to cpu`. */
    readonly useBackend: (backend: string, option?: string) => string;
    /** The log line's detail for a backend the user asked for. */
    readonly backendRequested: (option?: string) => string;
    readonly nativeNotFound: (pkg: string, dirs: readonly string[]) => string;
    readonly installNative: (pkg: string) => string;
    readonly wasmMissingKernels: (kernels: readonly string[]) => string;
    readonly backendRunning: (backend: string, detail: string) => string;
    readonly fallbackHint: (skipped: readonly string[]) => string;
    readonly fallbackDetail: (missing: readonly string[], dirs: readonly string[], failures: readonly string[]) => string;
};
