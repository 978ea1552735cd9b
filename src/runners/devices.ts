/**
 * Devices for parallel slots (`--devices 0,1,2`): slot i owns device i, and every process of that slot sees
 * only it (`CUDA_VISIBLE_DEVICES`), so two trials running at once never share a device.
 */
import { UsageError } from '../errors.js';
import { RUN_SETTING_NAMES } from '../names.js';
import { deviceMessages } from './messages.js';

/** Variable naming the slot's device for the user's code (set with {@link CUDA_DEVICES_ENV}). */
export const DEVICE_ENV = 'LR_SWEEP_DEVICE';
/** The variable CUDA (PyTorch, TensorFlow, tfjs-node-gpu) reads to pick the visible devices. */
export const CUDA_DEVICES_ENV = 'CUDA_VISIBLE_DEVICES';

/** A device id as CUDA_VISIBLE_DEVICES takes it: an index (`0`) or a UUID (`GPU-8f6c...`, `MIG-...`). */
const DEVICE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/**
 * Parses a comma-separated device list (`"0,1,2,3"`; spaces around entries are ignored). An empty list, an
 * empty entry, an entry with other characters than letters, digits, `_ . : -`, or a device listed twice is a
 * UsageError naming `input` (e.g. `--devices`, `the devices input`), the value and what is allowed.
 * @example parseDevices('0,1') // ['0', '1']
 */
export function parseDevices(text: string, input: string = RUN_SETTING_NAMES.devices): readonly string[] {
  const entries = text.split(',').map((entry) => entry.trim());
  if (text.trim() === '') throw new UsageError(deviceMessages.empty(input, text));
  for (const entry of entries) {
    if (!DEVICE_ID.test(entry)) throw new UsageError(deviceMessages.badEntry(input, text, entry));
  }
  checkDistinct(entries, input);
  return entries;
}

/**
 * The number of slots a runner uses: `slots` when given, else one per device, else 1. With devices, more slots
 * than devices, or a device listed twice, is a UsageError; without, `slots` must be a whole number >= 1.
 */
export function slotCount(slots: number | undefined, devices: readonly string[] | undefined, input: string = RUN_SETTING_NAMES.devices): number {
  if (slots !== undefined && !(Number.isSafeInteger(slots) && slots >= 1)) throw new UsageError(deviceMessages.badSlots(slots));
  if (devices === undefined) return slots ?? 1;
  if (devices.length === 0) throw new UsageError(deviceMessages.empty(input, ''));
  for (const device of devices) {
    if (!DEVICE_ID.test(device)) throw new UsageError(deviceMessages.badEntry(input, devices.join(','), device));
  }
  checkDistinct(devices, input);
  const count = slots ?? devices.length;
  if (count > devices.length) throw new UsageError(deviceMessages.moreSlots(input, devices, count));
  return count;
}

/** The variables a process of `slot` gets: its device in CUDA_VISIBLE_DEVICES and LR_SWEEP_DEVICE; none without devices. */
export function deviceEnv(slot: number, devices: readonly string[] | undefined): Record<string, string> {
  const device = devices?.[slot];
  return device === undefined ? {} : { [CUDA_DEVICES_ENV]: device, [DEVICE_ENV]: device };
}

function checkDistinct(devices: readonly string[], input: string): void {
  const seen = new Set<string>();
  for (const device of devices) {
    if (seen.has(device)) throw new UsageError(deviceMessages.twice(input, devices.join(','), device));
    seen.add(device);
  }
}
