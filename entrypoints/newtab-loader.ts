import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintSnapshot } from './newtab/paint-snapshot';

/**
 * The new tab's loader, the one script its HTML runs: a classic script that runs while the HTML is
 * still being parsed. It paints the snapshot (./newtab/paint-snapshot), in the words and the
 * language the snapshot carries, before any module, React, Dexie, IndexedDB or translation loads,
 * then loads the React app once that frame is on screen.
 */
export default defineUnlistedScript(() => {
  const root = document.getElementById('root');
  if (root) paintSnapshot(root, localStorage);
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
