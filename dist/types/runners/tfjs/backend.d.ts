import type { Tf } from './definition.js';
/** Backends a TensorFlow.js search can train on; `auto` picks the fastest that loads. */
export type BackendName = (typeof BACKEND_NAMES)[number];
/** A backend that can actually be loaded (everything but `auto`). */
export type ConcreteBackend = Exclude<BackendName, 'auto'>;
/** Every accepted `--backend` value. */
export declare const BACKEND_NAMES: readonly ["auto", "tensorflow-gpu", "tensorflow", "wasm", "cpu"];
/** The order `auto` tries, fastest first. */
export declare const AUTO_ORDER: readonly ConcreteBackend[];
/** npm packages of the native backends, resolved from the user's project. */
export declare const NATIVE_PACKAGES: {
    readonly 'tensorflow-gpu': "@tensorflow/tfjs-node-gpu";
    readonly tensorflow: "@tensorflow/tfjs-node";
};
/** A loaded backend: the `tf` namespace to train with (and hand to the user's factories) and where it came from. */
export interface LoadedBackend {
    readonly name: ConcreteBackend;
    readonly tf: Tf;
    /** Resolved module file, for the log line. */
    readonly from: string;
}
/** Options for {@link loadBackend}. */
export interface BackendLoadOptions {
    /**
     * Directories to resolve `@tensorflow/tfjs-node(-gpu)` from, in order: the config's directory, the working
     * directory. lr-sweep's own install is always tried last. Default: the working directory.
     */
    readonly searchFrom?: readonly string[];
}
/** Thrown when a backend cannot load here; `reason` says why (not installed, native library missing, …). */
export declare class BackendUnavailableError extends Error {
    readonly backend: ConcreteBackend;
    readonly reason: string;
    /** True when the package was not found at all (as opposed to found but failing to load). */
    readonly notInstalled: boolean;
    name: string;
    constructor(backend: ConcreteBackend, reason: string, 
    /** True when the package was not found at all (as opposed to found but failing to load). */
    notInstalled: boolean);
}
/** Resolves `pkg` from the first of `dirs` where Node finds it, then from lr-sweep's own install; null when absent. */
export declare function resolvePackage(pkg: string, dirs: readonly string[]): string | null;
/**
 * Loads one backend and makes it the active one. Native backends are `require`d from the user's project, so
 * the `tf` returned is their package's namespace (their copy of tfjs); wasm and cpu use lr-sweep's own tfjs.
 * Throws {@link BackendUnavailableError} when it cannot load.
 */
export declare function loadBackend(name: ConcreteBackend, options?: BackendLoadOptions): Promise<LoadedBackend>;
/** Kernel names from tfjs "Kernel 'X' not registered for backend 'wasm'" errors; empty when the error is something else. */
export declare function missingKernels(error: unknown): string[];
/** How to get a backend that failed to load, for error messages. */
export declare function remedyFor(name: ConcreteBackend, option?: string): string;
