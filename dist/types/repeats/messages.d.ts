/** The drift tolerance is below the method's measured noise. */
export declare function toleranceBelowNoise(method: string, tolerance: number, spread: number, repeats: number): string;
/** --repeats is out of range. */
export declare function badRepeats(value: number, option?: string): string;
/** One pick's median and spread over the repeats. */
export declare function spreadLine(method: string, median: number, spreadDecades: number, count: number, repeats: number): string;
/** repeats.json cannot be used. */
export declare function badRepeatsFile(file: string, problem: string): string;
/** repeats.json beside results.json belongs to another search, so its bands are not drawn. */
export declare function repeatsMismatch(file: string, results: string): string;
/** repeats.json problem: the text is not JSON. */
export declare function repeatsNotJson(detail: string): string;
/** repeats.json problem: `runs` is missing or empty. */
export declare function runsEmpty(got: unknown): string;
/** repeats.json problem: a run is not an object. */
export declare function runNotObject(i: number, got: unknown): string;
/** repeats.json problem: a run's seed. */
export declare function runSeed(i: number, got: unknown): string;
/** repeats.json problem: a run's reason. */
export declare function runReason(i: number, got: unknown): string;
/** repeats.json problem: a run's picks have the wrong shape. */
export declare function runPicksShape(i: number, got: unknown): string;
/** repeats.json problem: one pick of a run is not a positive number. */
export declare function runPick(i: number, method: string, got: unknown): string;
/** The CLI table's selected-lr note when the selection is the median over repeated searches. */
export declare function medianSelectedNote(methodFlag: string, repeats: number): string;
/** The CLI table's row saying which numbers are one seed's and where each is written. */
export declare function firstSeedNote(seeds: readonly number[]): string;
