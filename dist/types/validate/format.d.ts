/** An lr as `3.2e-4`. */
export declare function formatLr(lr: number): string;
/** An accuracy in [0, 1] as `97.3 %`, or an em dash. */
export declare function formatAccuracy(accuracy: number | null): string;
