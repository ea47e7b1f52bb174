/**
 * The rows a replica stands for, with the rules that make a row more than its fields, the same
 * rules a backup's merge follows (lib/domain/backup/merge):
 * - the strengths ranking is one thing: only the strengths placed by the latest ranking are
 *   ranked, never some places from one device and some from another;
 * - one recurring or carried commitment a day: when two devices each made it for the same day under
 *   their own ids, the one with the smaller id stands for both, each field the later of the two, and
 *   the day's reviews point at it.
 * Every device computes the same rows from the same replica.
 */
import { remapReview, sameDayKeys } from '../backup/merge/commitments';
import type { Row } from '../backup/merge/rows';
import { isLive, refOf, rowOf, type Entry, type FieldState, type LocalRow, type Replica } from './replica';
import type { SyncTable } from './tables';

export interface ViewRow {
  table: SyncTable;
  key: string;
  row: Record<string, unknown>;
}

/** The rows of a replica by ref; rows deleted, or set aside by the rules above, are absent. */
export function viewOf(replica: Replica): Map<string, ViewRow> {
  return viewWithTwins(replica).view;
}

/**
 * The view, and for each commitment set aside as a twin, the ref of the one standing for it. A
 * row set aside is not deleted: it stays in the replica, and would stand again if the rule that
 * set it aside no longer applied (deleting the one standing for it deletes its twins too).
 */
export function viewWithTwins(replica: Replica): { view: Map<string, ViewRow>; twins: Map<string, string> } {
  const live = [...replica.values()].filter(isLive);
  const view = new Map<string, ViewRow>();
  const add = (entry: Entry, fields: Record<string, FieldState> = entry.fields) =>
    view.set(refOf(entry.table, entry.key), {
      table: entry.table,
      key: entry.key,
      row: rowOf({ ...entry, fields }),
    });

  const strengths = live.filter((entry) => entry.table === 'strengths' && entry.fields.rank);
  const ranking = strengths.reduce<string>(
    (max, entry) => (entry.fields.rank!.s > max ? entry.fields.rank!.s : max),
    '',
  );
  for (const entry of strengths) if (entry.fields.rank!.s === ranking) add(entry);

  const standIn = foldSameDay(live.filter((entry) => entry.table === 'commitments'));
  for (const entry of live) {
    if (entry.table === 'strengths') continue;
    if (entry.table === 'commitments') {
      const folded = standIn.folded.get(entry.key);
      if (!standIn.ids.has(entry.key)) add(entry, folded);
      continue;
    }
    add(entry);
  }
  if (standIn.ids.size > 0) {
    for (const item of view.values()) {
      if (item.table === 'reviews' && Array.isArray(item.row.outcomes))
        item.row = withoutTwinOutcomes(remapReview(item.row as Row, standIn.ids));
    }
  }
  const twins = new Map(
    [...standIn.ids].map(([twin, first]) => [refOf('commitments', twin), refOf('commitments', first)]),
  );
  return { view, twins };
}

/** A review whose outcomes were pointed at one commitment twice keeps the first. */
function withoutTwinOutcomes(row: Record<string, unknown>) {
  const seen = new Set<string>();
  const outcomes = (row.outcomes as { commitmentId: string }[]).filter((outcome) => {
    if (seen.has(outcome.commitmentId)) return false;
    seen.add(outcome.commitmentId);
    return true;
  });
  return { ...row, outcomes };
}

/**
 * Groups the commitments that are one commitment of one day: those sharing a rule and day or an
 * original and day, and, through them, any they share one with (a commitment can be both a rule's
 * and carried). The group's smallest id stands for it, so every device picks the same whatever
 * order it heard of them in. Returns, for each one set aside, the id standing for it (`ids`), and
 * for each stand-in its fields folded with its twins' (`folded`), the later stamp of each.
 */
function foldSameDay(commitments: readonly Entry[]) {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const byKey = new Map<string, string>();
  for (const entry of commitments) {
    parent.set(entry.key, entry.key);
  }
  for (const entry of commitments) {
    for (const key of sameDayKeys(rowOf(entry) as Row)) {
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, entry.key);
      else {
        const [a, b] = [find(entry.key), find(other)];
        if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
      }
    }
  }
  const byId = new Map(commitments.map((entry) => [entry.key, entry]));
  const ids = new Map<string, string>();
  const folded = new Map<string, Record<string, FieldState>>();
  for (const entry of commitments) {
    const root = find(entry.key);
    if (root === entry.key) continue;
    ids.set(entry.key, root);
    const fields = folded.get(root) ?? { ...byId.get(root)!.fields };
    for (const [name, field] of Object.entries(entry.fields)) {
      if (name === 'id') continue;
      if (!fields[name] || field.s > fields[name].s) fields[name] = field;
    }
    folded.set(root, fields);
  }
  return { ids, folded };
}

/**
 * This device's rows, as `observe` should see them: a row the view sets aside (a twin commitment, a
 * strength of an older ranking) is missing here because the view set it aside, not because it was
 * deleted; and deleting a commitment here deletes the twins it stood for.
 */
export function ownChanges(replica: Replica, local: readonly LocalRow[]): LocalRow[] {
  const { view, twins } = viewWithTwins(replica);
  const isSetAside = (ref: string) => {
    const entry = replica.get(ref);
    return entry !== undefined && isLive(entry) && !view.has(ref);
  };
  const deleted = new Set(
    local.filter((item) => item.row === undefined).map((item) => refOf(item.table, item.key)),
  );
  const kept = local.filter((item) => item.row !== undefined || !isSetAside(refOf(item.table, item.key)));
  for (const [twin, standIn] of twins) {
    const entry = replica.get(twin)!;
    if (deleted.has(standIn))
      kept.push({ table: entry.table, key: entry.key, row: undefined, deletedHere: true });
  }
  return kept;
}
