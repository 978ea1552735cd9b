/**
 * Version of what one trial means: given (runner, lr, steps, seed), how it trains and what loss it reports.
 * The trial cache puts it in every key, so raising it makes every cached trial a miss. Raise it whenever a
 * change would give a different loss or divergence for the same request: weight reset or data order rules,
 * the lr = 0 trial, the divergence rule, the command/worker loss protocol.
 */
export declare const TRIAL_SEMANTICS_VERSION = 1;
