/** Where a device's sync replica lives (lib/store/sync/engine): the database's own bookkeeping, never exported. */
export const REPLICA_KEY = 'sync:replica';

/** What the device had of each synced row at the end of its last pass, beside the replica. */
export const PREVIOUS_KEY = 'sync:previous';

/** Held by every sync pass and by turning sync off, across the worker and every page. */
export const SYNC_LOCK = 'flourish:sync';
