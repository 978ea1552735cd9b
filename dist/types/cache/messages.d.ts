/** The trial cache's user-facing lines, in one place so tests compare with them. */
export declare const messages: {
    readonly keyFilesNoMatch: (option: string, glob: string, cwd: string) => string;
    readonly keyFilesEmptyGlob: (option: string) => string;
    readonly keyFileUnreadable: (option: string, file: string, reason: string) => string;
    readonly definitionUnreadable: (file: string, reason: string) => string;
    readonly dirNotDirectory: (option: string, dir: string) => string;
    readonly dirUnusable: (option: string, dir: string, reason: string) => string;
    readonly maxMbInvalid: (option: string, value: unknown) => string;
    readonly entryIgnored: (file: string, reason: string) => string;
    readonly entryNotWritten: (dir: string, reason: string) => string;
    readonly runnerClosed: (lr: number) => string;
    readonly keyFilesMissing: (runnerOption: string, keyFilesOption: string) => string;
    readonly fromCache: (cached: number, total: number) => string;
};
