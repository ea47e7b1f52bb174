/**
 * Another computer's items in `storage.sync`, made with the sync modules' own pure parts, for
 * tests of one device's passes: what that computer would have written after its changes.
 */
import { observe, type LocalRow, type Replica } from '../../lib/domain/sync/replica';
import { makeStamp } from '../../lib/domain/sync/stamp';
import { flatten } from '../../lib/domain/sync/nested';
import { pack } from '../../lib/domain/sync/wire';

export class OtherDevice {
  readonly replica: Replica = new Map();
  constructor(readonly id: string) {}

  /** Takes rows as this computer's database holds them at `time` (a missing `row`: deleted there). */
  change(time: number, rows: LocalRow[]): this {
    const stamp = makeStamp(time, 0, this.id);
    const flat = rows.map((local) => ({ ...local, row: local.row && flatten(local.table, local.row) }));
    observe(this.replica, flat, stamp, () => stamp);
    return this;
  }

  /** Its items, as it writes them. */
  items(time: number): Record<string, unknown> {
    return pack(this.id, this.replica.values(), { at: time, from: null }).items;
  }
}
