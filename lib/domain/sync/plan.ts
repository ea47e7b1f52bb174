/**
 * What this device sends, within its share of the sync quota: everything but the history whole
 * (purpose, values, strengths, vision text, goals, recurring commitments, settings, days off,
 * coaching sessions and questions), then the commitments and reviews of recent weeks, newest first:
 * the widest window of whole weeks, up to `maxWeeks`, that fits the share.
 */
import { addDays, isoWeekKey } from '../days';
import { isLive, type Entry, type Replica } from './replica';
import { pack, SYNC_LIMITS, type Packed } from './wire';
import { isDated, type SyncTable } from './tables';
import type { DeviceId } from './stamp';

/** How long a deletion keeps travelling, so a computer that was off for weeks still hears of it. */
export const TOMBSTONE_MS = 60 * 86_400_000;

/** The most history that travels: eight weeks. */
export const MAX_WEEKS = 8;

/** Left free in the quota, so another device's next write is never the one refused. */
const HEADROOM_BYTES = 4_096;

/** The day a dated row belongs to (a zoom-out: its week's key, compared with the window's week). */
function dayOf(entry: Entry): string | undefined {
  if (entry.table === 'commitments') return entry.fields.day?.v as string | undefined;
  return entry.key;
}

/** Whether a live row is history older than `from`. */
export function isBefore(entry: Entry, from: string | null): boolean {
  if (!isDated(entry.table)) return false;
  if (from === null) return true;
  const day = dayOf(entry);
  if (day === undefined) return true;
  return entry.table === 'weeklyReviews' ? day < isoWeekKey(from) : day < from;
}

export interface SendPlan {
  packed: Packed;
  /** The first day of history sent, or null when none fits. */
  from: string | null;
  weeks: number;
  /** Rows sent, per table (tombstones not counted). */
  rows: Partial<Record<SyncTable, number>>;
  /** This device's share of the quota, in bytes. */
  share: number;
  /** Whether even the rows without history were too large for the share. */
  overflows: boolean;
}

/** This device's share of the quota when `devices` devices write (this one among them). */
export function shareOf(devices: number): { bytes: number; items: number } {
  const n = Math.max(1, devices);
  return {
    bytes: Math.floor((SYNC_LIMITS.totalBytes - HEADROOM_BYTES) / n),
    items: Math.floor((SYNC_LIMITS.items - 12) / n),
  };
}

/** The first day of a window of `weeks` whole weeks ending today (`null`: no history). */
export const windowStart = (today: string, weeks: number) =>
  weeks <= 0 ? null : addDays(today, -7 * weeks + 1);

/** Chooses the widest history window that fits this device's share, and packs it. */
export function planSend(
  replica: Replica,
  options: { device: DeviceId; today: string; now: number; maxWeeks: number; devices: number },
): SendPlan {
  const share = shareOf(options.devices);
  let last: SendPlan | undefined;
  for (let weeks = Math.min(options.maxWeeks, MAX_WEEKS); weeks >= 0; weeks -= 1) {
    const from = windowStart(options.today, weeks);
    const chosen = [...replica.values()].filter((entry) => !isLive(entry) || !isBefore(entry, from));
    const packed = pack(options.device, chosen, { at: options.now, from });
    const rows: SendPlan['rows'] = {};
    for (const entry of chosen) if (isLive(entry)) rows[entry.table] = (rows[entry.table] ?? 0) + 1;
    const itemCount = Object.keys(packed.items).length;
    last = { packed, from, weeks, rows, share: share.bytes, overflows: false };
    if (packed.bytes <= share.bytes && itemCount <= share.items) return last;
  }
  return { ...last!, overflows: true };
}
