/**
 * What this device sends, within its share of the sync quota: everything but the history whole
 * (purpose, values, strengths, vision text, goals, recurring commitments, settings), then the
 * history of recent weeks, newest first: commitments, reviews, zoom-outs, coaching sessions (the
 * latest always), questions for the coach (those still to bring always) and days off (those not yet
 * past): the widest window of whole weeks, up to `maxWeeks`, that fits the share.
 */
import { addDays, dayKey, isoWeekKey } from '../days';
import { isLive, type Entry, type Replica } from './replica';
import { pack, SYNC_LIMITS, type Packed } from './wire';
import { isDated, type SyncTable } from './tables';
import type { DeviceId } from './stamp';

/** How long a deletion keeps travelling, so a computer that was off for weeks still hears of it. */
export const TOMBSTONE_MS = 60 * 86_400_000;

/** The most history that travels: eight weeks. */
export const MAX_WEEKS = 8;

/** Left free in the quota, so another device's next write is never the one refused. */
export const HEADROOM_BYTES = 4_096;

/**
 * The day a row of history belongs to, which decides whether it still travels: a commitment's day,
 * a review's, a zoom-out's week (compared with the window's week), a coaching session's day, a
 * question's day of noting (a question still to bring always travels), and the last day of a run
 * of days off.
 */
function dayOf(entry: Entry): string | undefined {
  const field = (name: string) => entry.fields[name]?.v;
  switch (entry.table) {
    case 'commitments':
    case 'sessions':
      return field('day') as string | undefined;
    case 'daysOff':
      return field('to') as string | undefined;
    case 'questions': {
      const createdAt = field('createdAt');
      return typeof createdAt === 'number' ? dayKey(createdAt, 'UTC') : undefined;
    }
    default:
      return entry.key;
  }
}

/**
 * Whether a live row is history older than `from` (`null`: no history travels). The latest
 * coaching session always travels, for the next session's day and the reminder before it
 * (`latestSession`), and so do a question still to bring and days off not yet over (`today`).
 */
export function isBefore(entry: Entry, from: string | null, latestSession?: string, today?: string): boolean {
  if (!isDated(entry.table)) return false;
  if (entry.table === 'sessions' && entry.key === latestSession) return false;
  if (entry.table === 'questions' && entry.fields.broughtTo?.v === undefined) return false;
  // Days off still to come travel whatever the window.
  if (entry.table === 'daysOff' && today !== undefined && (dayOf(entry) ?? '') >= today) return false;
  if (from === null) return true;
  const day = dayOf(entry);
  if (day === undefined) return true;
  return entry.table === 'weeklyReviews' ? day < isoWeekKey(from) : day < from;
}

/** The key of the coaching session with the latest day, if any. */
export function latestSessionOf(replica: Replica): string | undefined {
  let latest: Entry | undefined;
  for (const entry of replica.values()) {
    if (entry.table !== 'sessions' || !isLive(entry)) continue;
    const day = entry.fields.day?.v as string | undefined;
    if (day !== undefined && (!latest || day > (latest.fields.day!.v as string))) latest = entry;
  }
  return latest?.key;
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
  options: {
    device: DeviceId;
    today: string;
    now: number;
    maxWeeks: number;
    devices: number;
    /** The room the other computers leave in the quota, when it is less than the share. */
    maxBytes?: number;
  },
): SendPlan {
  const fair = shareOf(options.devices);
  const share = { ...fair, bytes: Math.min(fair.bytes, options.maxBytes ?? Infinity) };
  const latestSession = latestSessionOf(replica);
  let last: SendPlan | undefined;
  for (let weeks = Math.min(options.maxWeeks, MAX_WEEKS); weeks >= 0; weeks -= 1) {
    const from = windowStart(options.today, weeks);
    const chosen = [...replica.values()].filter(
      (entry) => !isLive(entry) || !isBefore(entry, from, latestSession, options.today),
    );
    const packed = pack(options.device, chosen, { at: options.now, from });
    const rows: SendPlan['rows'] = {};
    for (const entry of chosen) if (isLive(entry)) rows[entry.table] = (rows[entry.table] ?? 0) + 1;
    const itemCount = Object.keys(packed.items).length;
    last = { packed, from, weeks, rows, share: share.bytes, overflows: false };
    if (packed.bytes <= share.bytes && itemCount <= share.items) return last;
  }
  return { ...last!, overflows: true };
}
