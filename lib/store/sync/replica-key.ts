/** Where a device's sync replica lives (lib/store/sync/engine): the database's own bookkeeping, never exported. */
export const REPLICA_KEY = 'sync:replica';
