/**
 * Reading and seeding the extension's data from one of its pages, in either browser: these run
 * inside the page, on its own IndexedDB and storage.
 */

/** A page that runs a function inside itself: a Playwright or a Puppeteer page, or a flow's tab. */
export interface Evaluator {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** Reads every row of a table straight from the extension's IndexedDB, from one of its pages. */
export async function readTable<T = Record<string, unknown>>(page: Evaluator, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('flourish');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Pixel sizes of the vision-board pictures as stored. */
export async function storedImageSizes(
  page: Evaluator,
): Promise<{ width: number; height: number; type: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('flourish');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('visionImages').objectStore('visionImages').getAll();
          request.onsuccess = async () => {
            open.result.close();
            const rows = request.result as { blob: Blob; order: number }[];
            rows.sort((a, b) => a.order - b.order);
            resolve(
              await Promise.all(
                rows.map(async (row) => {
                  const bitmap = await createImageBitmap(row.blob);
                  return { width: bitmap.width, height: bitmap.height, type: row.blob.type };
                }),
              ),
            );
          };
        };
      }),
    undefined,
  );
}

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/** Reads one key of the extension's `storage.local`, from one of its pages. */
export async function readStorage(page: Evaluator, key: string): Promise<unknown> {
  return page.evaluate(async (name) => {
    const area = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage
      .local;
    return (await area.get(name))[name];
  }, key);
}

/**
 * Writes rows straight into the extension's IndexedDB (opened at its current version by the
 * extension itself first), for tests that need data without walking through setup.
 */
export async function seedTables(page: Evaluator, tables: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('flourish');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = Object.keys(data);
          const tx = open.result.transaction(names, 'readwrite');
          for (const name of names) for (const row of data[name]!) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    tables,
  );
}

/** Every table of the extension's database, pictures as base64, sorted by key: equal dumps, equal data. */
export async function dumpDatabase(page: Evaluator): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('flourish');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
      dump[name] = await Promise.all(
        rows.map(async (row) => {
          if (!(row.blob instanceof Blob)) return row;
          const bytes = new Uint8Array(await row.blob.arrayBuffer());
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          return { ...row, blob: { type: row.blob.type, base64: btoa(binary) } };
        }),
      );
    }
    db.close();
    return dump;
  }, undefined);
}

/**
 * Paints photo-like pictures in the page (sky, sun and hills in each one's colours) and stores
 * them on the vision board, as the options page would after scaling an upload.
 */
export async function seedVisionBoard(page: Evaluator, captions: string[]): Promise<void> {
  await page.evaluate(async (names) => {
    const width = 1600;
    const height = 1000;
    const rows = await Promise.all(
      names.map(async (caption, index) => {
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d')!;
        const hue = 200 + index * 55;
        const sky = context.createLinearGradient(0, 0, 0, height);
        sky.addColorStop(0, `hsl(${hue} 55% 62%)`);
        sky.addColorStop(1, `hsl(${hue + 30} 70% 86%)`);
        context.fillStyle = sky;
        context.fillRect(0, 0, width, height);
        context.fillStyle = `hsl(${hue + 160} 90% 88%)`;
        context.beginPath();
        context.arc(width * (0.25 + index * 0.25), height * 0.32, 90, 0, Math.PI * 2);
        context.fill();
        for (let layer = 0; layer < 3; layer++) {
          context.fillStyle = `hsl(${hue + 110 + layer * 10} ${30 + layer * 10}% ${55 - layer * 14}%)`;
          context.beginPath();
          context.moveTo(0, height);
          for (let x = 0; x <= width; x += 40) {
            const y =
              height * (0.55 + layer * 0.12) + Math.sin((x / width) * Math.PI * (2 + layer) + index) * 60;
            context.lineTo(x, y);
          }
          context.lineTo(width, height);
          context.fill();
        }
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.88 });
        return { blob, caption, order: index + 1, width, height, createdAt: 1, updatedAt: 1 };
      }),
    );
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('flourish');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('visionImages', 'readwrite');
    for (const row of rows) tx.objectStore('visionImages').add(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, captions);
}
