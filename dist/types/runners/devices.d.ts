/** Variable naming the slot's device for the user's code (set with {@link CUDA_DEVICES_ENV}). */
export declare const DEVICE_ENV = "LR_SWEEP_DEVICE";
/** The variable CUDA (PyTorch, TensorFlow, tfjs-node-gpu) reads to pick the visible devices. */
export declare const CUDA_DEVICES_ENV = "CUDA_VISIBLE_DEVICES";
/**
 * Parses a comma-separated device list (`"0,1,2,3"`; spaces around entries are ignored). An empty list, an
 * empty entry, an entry with other characters than letters, digits, `_ . : -`, or a device listed twice is a
 * UsageError naming `input` (e.g. `--devices`, `the devices input`), the value and what is allowed.
 * @example parseDevices('0,1') // ['0', '1']
 */
export declare function parseDevices(text: string, input?: string): readonly string[];
/**
 * The number of slots a runner uses: `slots` when given, else one per device, else 1. With devices, more slots
 * than devices, or a device listed twice, is a UsageError; without, `slots` must be a whole number >= 1.
 */
export declare function slotCount(slots: number | undefined, devices: readonly string[] | undefined, input?: string): number;
/** The variables a process of `slot` gets: its device in CUDA_VISIBLE_DEVICES and LR_SWEEP_DEVICE; none without devices. */
export declare function deviceEnv(slot: number, devices: readonly string[] | undefined): Record<string, string>;
