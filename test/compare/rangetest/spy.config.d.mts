/** Types of spy.config.mjs for the tests that import it. */
export declare const usedLrs: number[];
declare const config: unknown;
export default config;
