/** The trial cache's user-facing lines, in one place so tests compare with them. */
export const messages = {
  keyFilesNoMatch: (option: string, glob: string, cwd: string) =>
    `${option} "${glob}" matches no file in ${cwd}: give a glob that names the files your trials read (for example "train.py" or "src/**/*.py")`,
  keyFilesEmptyGlob: (option: string) => `${option} got an empty glob: give a glob such as "train.py" or "src/**/*.py"`,
  keyFileUnreadable: (option: string, file: string, reason: string) => `${option}: cannot read ${file} (${reason})`,
  definitionUnreadable: (file: string, reason: string) => `cannot read the model definition ${file} to key the trial cache (${reason})`,
  dirNotDirectory: (option: string, dir: string) => `${option} "${dir}" is a file: give a folder for the trial cache (it is created if missing)`,
  dirUnusable: (option: string, dir: string, reason: string) => `${option} "${dir}" cannot be used as the trial cache folder (${reason})`,
  maxMbInvalid: (option: string, value: unknown) => `${option} must be a number of megabytes > 0, got ${String(value)}`,
  entryIgnored: (file: string, reason: string) => `warning: trial cache entry ${file} ignored (${reason}); the trial runs again`,
  entryNotWritten: (dir: string, reason: string) => `warning: the trial cache in ${dir} could not store a trial (${reason}); the search goes on without storing`,
  runnerClosed: (lr: number) => `the trial at lr ${String(lr)} was asked for after the runner was closed`,
  keyFilesMissing: (runnerOption: string, keyFilesOption: string) =>
    `warning: ${runnerOption} with a trial cache but no ${keyFilesOption}: edits to its scripts are invisible to the cache; name them, e.g. ${keyFilesOption} "train.py"`,
  fromCache: (cached: number, total: number) => `${cached} of ${total} trials from cache`,
} as const;
