import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { deferNewTabApp, inlinePageStyles } from './scripts/defer-new-tab-app';

/** The Chromium that `npm run dev` opens: CHROME_PATH, else Debian's, else web-ext's own search. */
function chromiumBinary(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const chrome = chromiumBinary();

/**
 * The content security policy of every Flourish page and of the worker, in both browsers: what
 * Flourish is, said to the browser, so that even markup injected into a page could reach nothing
 * outside the extension. Each line allows only what the pages use (docs/design-notes.md).
 */
function extensionPagesPolicy(command: 'build' | 'serve'): string {
  return Object.entries({
    'default-src': "'self'",
    // The package's own files only: no inline script, no eval (the new tab's loader is a file).
    'script-src': "'self'",
    'object-src': "'none'",
    // No fetch, XMLHttpRequest, WebSocket, EventSource or beacon, to anywhere. `npm run dev` only:
    // WXT's reload socket and Vite's client talk to the local dev server.
    'connect-src': command === 'serve' ? "'self' ws://localhost:* http://localhost:*" : "'none'",
    // The icons, vision-board pictures shown from their Blobs through object URLs, and the new
    // tab's small copy of its picture, a `data:` URL in its first-paint snapshot.
    'img-src': "'self' blob: data:",
    // Styles inlined into the new tab's and the popup's HTML at build time, and React style attributes.
    'style-src': "'self' 'unsafe-inline'",
    // System fonts only; no sound or video; no frames, in or around a Flourish page.
    'font-src': "'none'",
    'media-src': "'none'",
    'frame-src': "'none'",
    'frame-ancestors': "'none'",
    // A Web Worker from the package (reading a large backup), never one made from a Blob; in
    // `npm run dev`, served by the dev server.
    'worker-src': command === 'serve' ? "'self' http://localhost:*" : "'self'",
    'base-uri': "'none'",
    // Forms are handled in script; none is ever submitted anywhere.
    'form-action': "'none'",
  })
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where `browser` and `defineBackground` come from.
  imports: false,
  // Manifest V3 on both browsers (WXT would otherwise build MV2 for Firefox).
  manifestVersion: 3,
  manifest: ({ browser, command }) => ({
    // The browser reads these before any script runs, so they come from public/_locales, in the
    // browser's language (the action's title is set in the `build:manifestGenerated` hook); everything else is translated by lib/i18n (docs/i18n.md).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: years of reflections and vision-board photos must never be evicted or hit
    // a quota (docs/design-notes.md explains why this over navigator.storage.persist()).
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage'],
    // Private windows keep a separate, temporary storage (Firefox) or no extension pages at all
    // (Chrome): Flourish there would show an empty vision. It stays out of them.
    incognito: 'not_allowed',
    content_security_policy: { extension_pages: extensionPagesPolicy(command) },
    commands: {
      // Opens the popup; people can change the keys on the browser's shortcuts page.
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandOpen__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'flourish@flourish.app',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android only understands data_collection_permissions from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // WXT takes the action's title from the popup page's <title>; the toolbar's tooltip is the
    // browser's to translate, from public/_locales.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
    // The popup is built on its own, into one script with its styles inlined in the HTML: each
    // file an extension page loads is a separate trip through the browser, and built with the
    // other pages it loaded ten shared chunks and five stylesheets before showing anything. Measured
    // with npm run bench: ready about 30 ms sooner, against a budget of 150 ms (docs/design-notes.md).
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of [...groups]) {
        if (!Array.isArray(group)) continue;
        const popup = group.findIndex((entrypoint) => entrypoint.name === 'popup');
        if (popup >= 0 && group.length > 1) groups.push(group.splice(popup, 1));
      }
    },
  },
  // The new tab's first paint waits for no stylesheet and no module: every new tab shows the
  // vision, and must not be slower than a blank page (docs/design-notes.md, “The new tab's first
  // paint”). The popup waits for no stylesheet.
  vite: () => ({
    plugins: [
      deferNewTabApp(['entrypoints/newtab/index.html']),
      inlinePageStyles(['entrypoints/popup/index.html']),
    ],
  }),
  // Mozilla reviews the sources next to the package: everything needed to build it, no local output.
  zip: { excludeSources: ['bench-results/**', 'test-results/**', 'docs/store/screenshots/**'] },
  webExt: {
    binaries: chrome ? { chrome } : {},
    // Chromium refuses to start as root without this; harmless for everyone else in dev.
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
});
