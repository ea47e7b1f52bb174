/**
 * A stand-in for the browser's sync servers, which this machine cannot reach: it copies each
 * profile's own Flourish keys in `storage.sync` into the other profile's `storage.sync`, as Chrome
 * Sync or Firefox Sync would deliver them, so the other profile sees `storage.onChanged` for
 * area "sync" exactly as it would for a real delivery. Disconnected, it holds everything back, as
 * two computers apart would; connected again, it delivers what each wrote meanwhile.
 */
import type { ApiGlobal, Tab } from './driver';

type Items = Record<string, unknown>;

const syncedItems = (tab: Tab) =>
  tab.evaluate(async () => {
    const extension = ((globalThis as ApiGlobal).browser ?? (globalThis as ApiGlobal).chrome)!;
    const [all, local] = await Promise.all([
      extension.storage.sync.get(null),
      extension.storage.local.get('syncChoice'),
    ]);
    const choice = local.syncChoice as { deviceId?: string | null } | undefined;
    return { all: all as Items, device: choice?.deviceId ?? null };
  }, undefined);

const deliver = (tab: Tab, change: { set: Items; remove: string[] }) =>
  tab.evaluate(async ({ set, remove }) => {
    const extension = ((globalThis as ApiGlobal).browser ?? (globalThis as ApiGlobal).chrome)!;
    if (Object.keys(set).length > 0) await extension.storage.sync.set(set);
    if (remove.length > 0) await extension.storage.sync.remove(remove);
  }, change);

export class Relay {
  private connected = true;
  private running = true;
  private loop: Promise<void>;
  /** Deliveries so far, one per batch of keys copied into a profile. */
  deliveries = 0;

  /** `a` and `b`: a page of the extension in each profile, left open for the relay. */
  constructor(
    private readonly a: Tab,
    private readonly b: Tab,
  ) {
    this.loop = this.run();
  }

  connect() {
    this.connected = true;
  }

  disconnect() {
    this.connected = false;
  }

  async stop() {
    this.running = false;
    await this.loop;
  }

  private async run() {
    while (this.running) {
      if (this.connected) {
        await this.copy(this.a, this.b);
        await this.copy(this.b, this.a);
      }
      // The relay's own cadence, as a sync server's: the tests wait for states, never for this.
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  private async copy(from: Tab, to: Tab) {
    const source = await syncedItems(from).catch(() => null);
    if (!source?.device) return;
    const target = await syncedItems(to).catch(() => null);
    if (!target) return;
    const prefix = `fl1.${source.device}.`;
    const set: Items = {};
    for (const [key, value] of Object.entries(source.all)) {
      if (key.startsWith(prefix) && JSON.stringify(value) !== JSON.stringify(target.all[key]))
        set[key] = value;
    }
    const remove = Object.keys(target.all).filter((key) => key.startsWith(prefix) && !(key in source.all));
    if (Object.keys(set).length === 0 && remove.length === 0) return;
    await deliver(to, { set, remove });
    this.deliveries += 1;
  }
}
