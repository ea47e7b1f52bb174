/**
 * IndexedDB's own floor for writing Flourish's data: runs in an extension page, copies every row of
 * Flourish's database into a scratch database, then times clearing it and writing them all again,
 * in one transaction, `runs` times, with no Flourish code involved (as a restore replaces what is
 * there with as much). With `indexes`, the scratch stores carry the same indexes as Flourish's;
 * without, only their keys: what any restore must pay.
 */
export async function writeFloor({ runs, indexes }: { runs: number; indexes: boolean }): Promise<number[]> {
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  const source = await request(indexedDB.open('flourish'));
  const names = [...source.objectStoreNames];
  const read = source.transaction(names);
  const stores = await Promise.all(
    names.map(async (name) => {
      const store = read.objectStore(name);
      const kept = indexes ? [...store.indexNames] : [];
      const indexList = kept.map((index) => {
        const { keyPath, multiEntry, unique } = store.index(index);
        return { index, keyPath, multiEntry, unique };
      });
      const rows = await request(store.getAll());
      return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexList, rows };
    }),
  );
  source.close();
  const open = indexedDB.open(`bench-floor-${Date.now()}`, 1);
  open.onupgradeneeded = () => {
    for (const { name, keyPath, autoIncrement, indexList } of stores) {
      const store = open.result.createObjectStore(name, { keyPath, autoIncrement });
      for (const { index, keyPath: path, multiEntry, unique } of indexList)
        store.createIndex(index, path, { multiEntry, unique });
    }
  };
  const scratch = await request(open);
  const times: number[] = [];
  // The first round only fills the scratch database.
  for (let run = -1; run < runs; run++) {
    const start = performance.now();
    const tx = scratch.transaction(names, 'readwrite');
    for (const { name, rows } of stores) {
      const store = tx.objectStore(name);
      store.clear();
      for (const row of rows) store.add(row);
    }
    await done(tx);
    if (run >= 0) times.push(performance.now() - start);
  }
  scratch.close();
  await request(indexedDB.deleteDatabase(scratch.name));
  return times;
}

/** How many commitments Flourish's database holds; run in the page. */
export function countCommitments() {
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('flourish');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const count = open.result.transaction('commitments').objectStore('commitments').count();
      count.onsuccess = () => {
        open.result.close();
        resolve(count.result);
      };
    };
  });
}
