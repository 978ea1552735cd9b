/** lr-sweep's version, from package.json (inlined by the bundler into dist/cli.js). */
import pkg from '../../package.json' with { type: 'json' };

/** The package version, e.g. "0.1.0". */
export const VERSION: string = pkg.version;
