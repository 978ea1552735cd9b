/**
 * Runs `task` over `items` with at most `limit` running at once; resolves with results in item
 * order. On the first failure no further task starts; the in-flight ones are awaited (so nothing
 * is left running or unhandled) and then the first error is rethrown unchanged.
 */
export declare function runPool<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]>;
