/**
 * Hybrid logical clock stamps: wall-clock milliseconds, a counter for changes within the same
 * millisecond (or while this device's clock is behind one it has seen), and the device's id. A
 * stamp is a fixed-width string, so stamps compare as strings: the later time first, then the
 * counter, then the device id, which breaks every tie the same way on every device.
 */

/** A device's id: eight characters of `a-z0-9`, made once per device (`newDeviceId`). */
export type DeviceId = string;
export type Stamp = string;

const TIME_WIDTH = 10; // base 36: milliseconds up to the year 9999
const COUNT_WIDTH = 4;
const DEVICE_ID = /^[a-z0-9]{8}$/;
const STAMP = /^[a-z0-9]{22}$/;

export const isDeviceId = (value: unknown): value is DeviceId =>
  typeof value === 'string' && DEVICE_ID.test(value);
export const isStamp = (value: unknown): value is Stamp => typeof value === 'string' && STAMP.test(value);

/** A device id from random numbers (the caller's, so this stays pure). */
export function newDeviceId(random: () => number): DeviceId {
  let id = '';
  for (let i = 0; i < 8; i += 1) id += Math.floor(random() * 36).toString(36);
  return id;
}

export function makeStamp(time: number, count: number, device: DeviceId): Stamp {
  const t = Math.max(0, Math.floor(time)).toString(36).padStart(TIME_WIDTH, '0');
  return `${t}${Math.min(count, 36 ** COUNT_WIDTH - 1)
    .toString(36)
    .padStart(COUNT_WIDTH, '0')}${device}`;
}

export const stampTime = (stamp: Stamp) => parseInt(stamp.slice(0, TIME_WIDTH), 36);
export const stampCount = (stamp: Stamp) => parseInt(stamp.slice(TIME_WIDTH, TIME_WIDTH + COUNT_WIDTH), 36);

/** The later of two stamps (either may be missing). */
export function later(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/**
 * The next stamp of this device: later than every stamp it has made or seen (`last`), and at its
 * wall-clock time when that is later still.
 */
export function nextStamp(last: Stamp | undefined, now: number, device: DeviceId): Stamp {
  if (last === undefined || now > stampTime(last)) return makeStamp(now, 0, device);
  return makeStamp(stampTime(last), stampCount(last) + 1, device);
}
