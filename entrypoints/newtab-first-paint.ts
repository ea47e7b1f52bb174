import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintFirst } from './newtab/first-paint';

/**
 * The new tab's first paint, as a classic script that runs while the HTML is still being parsed:
 * it draws the snapshot before any module, React, Dexie or IndexedDB work starts.
 */
export default defineUnlistedScript(() => {
  const root = document.getElementById('root');
  if (root) paintFirst(root, localStorage);
  // The build names the React app's module here (see scripts/defer-new-tab-app.ts); it loads once
  // the first frame is on screen. In dev mode the page loads it itself and there is no data-app.
  const app = (document.currentScript as HTMLScriptElement | null)?.dataset.app;
  if (!app) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = app;
      document.body.append(script);
    }, 0),
  );
});
