import type { RangeTestResult } from './types.js';
/** File names the range test writes. */
export declare const RANGE_TEST_FILES: {
    readonly json: "range-test.json";
    readonly png: "range-test.png";
    readonly svg: "range-test.svg";
};
/** range-test.json text: non-finite losses become null (JSON has no NaN). */
export declare function rangeTestJson(result: RangeTestResult): string;
/** What {@link writeRangeTest} wrote. */
export interface WrittenRangeTest {
    readonly files: readonly string[];
    /** Null when the PNG was written; otherwise why it was skipped. */
    readonly pngSkipped: string | null;
}
/** Writes range-test.json, range-test.svg and (when node-canvas loads) range-test.png into `outDir`. */
export declare function writeRangeTest(result: RangeTestResult, outDir: string, model?: string): Promise<WrittenRangeTest>;
