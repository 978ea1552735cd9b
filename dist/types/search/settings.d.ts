import { SETTING_NAMES } from '../names.js';
import type { SearchSettings, SettingOrigin, SettingsSource } from './types.js';
/** Defaults for every search setting (see {@link SearchSettings} for meanings and units). */
export declare const DEFAULT_SETTINGS: SearchSettings;
export { SETTING_NAMES };
/** Trials round 0 needs: the coarse grid plus lr = 0. */
export declare function coarseTrialCount(settings: Pick<SearchSettings, 'startLr' | 'endLr' | 'coarseStep'>): number;
/** Options for {@link resolveSettings}. */
export interface ResolveSettingsOptions {
    /**
     * How the calling edge spells a setting in messages: `--start-lr` for the CLI, `start-lr` for the
     * action. Default: {@link SETTING_NAMES} (`start-lr`).
     */
    readonly nameOf?: (key: keyof SearchSettings) => string;
}
/**
 * Fills defaults and validates; throws UsageError naming the setting as the edge spells it
 * (`options.nameOf`), the value and what is allowed, in the one shape of `invalidSetting`. Keys
 * that are undefined take their default; keys that are not settings are dropped, so the result has
 * exactly the SearchSettings keys.
 */
export declare function resolveSettings(input?: Partial<SearchSettings>, options?: ResolveSettingsOptions): SearchSettings;
/** The settings of one sweep and where each came from. */
export interface ResolvedSettings {
    readonly settings: SearchSettings;
    readonly source: SettingsSource;
}
/** Options for {@link resolveWithSource}. */
export interface ResolveWithSourceOptions extends ResolveSettingsOptions {
    /** What the explicit values are: 'flag' on the command line, 'input' in the action. */
    readonly explicitOrigin: 'flag' | 'input';
}
/**
 * The one precedence for every setting: an explicit flag or input, else the model definition's
 * default, else the built-in default ({@link DEFAULT_SETTINGS}). Validates like {@link resolveSettings}
 * and records each setting's origin for results.json's `settingsSource`.
 */
export declare function resolveWithSource(explicit: Partial<SearchSettings>, modelDefaults: Partial<SearchSettings>, options: ResolveWithSourceOptions): ResolvedSettings;
/** A `settingsSource` with every setting from `origin`. */
export declare function allFrom(origin: SettingOrigin): SettingsSource;
