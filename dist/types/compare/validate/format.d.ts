/** An accuracy in [0, 1] as `97.3 %`, or an em dash. */
export declare function formatAccuracy(accuracy: number | null): string;
