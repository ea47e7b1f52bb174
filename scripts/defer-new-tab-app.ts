import type { Plugin, Rollup } from 'vite';

type PageTransform = (source: string, bundle: Rollup.OutputBundle) => string;

/**
 * A build-only plugin that rewrites the built HTML of `pages` once the bundle is complete. Pages
 * are bundle keys, e.g. `entrypoints/newtab/index.html`.
 */
function rewritePages(name: string, pages: string[], transform: PageTransform): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const page of pages) {
        const html = bundle[page];
        if (html?.type === 'asset' && typeof html.source === 'string') {
          html.source = transform(html.source, bundle);
        }
      }
    },
  };
}

/**
 * Replaces a page's stylesheet links with the stylesheets themselves, in `<style>` elements
 * (extension CSP allows inline styles, not scripts).
 */
function inlineStylesheets(source: string, bundle: Rollup.OutputBundle): string {
  return source.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
    const css = bundle[file];
    return css && css.type === 'asset' ? `<style>${String(css.source)}</style>` : tag;
  });
}

/** Inlines the stylesheets of `pages` (the popup): one request fewer before anything shows. */
export function inlinePageStyles(pages: string[]): Plugin {
  return rewritePages('flourish:inline-page-styles', pages, inlineStylesheets);
}

/**
 * Two build-time changes to the new tab's HTML so its first paint waits for nothing but the
 * classic script that paints it (entrypoints/newtab-loader.ts):
 * - its stylesheets are inlined;
 * - the React app's module script and its preloads are removed from the head and named on the
 *   loader instead (`data-app`), which loads the module once the first frame is up.
 */
export function deferNewTabApp(pages: string[]): Plugin {
  return rewritePages('flourish:defer-new-tab-app', pages, (html, bundle) => {
    const source = inlineStylesheets(html, bundle);
    const app = /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/.exec(source);
    if (!app) return source;
    return source
      .replace(app[0], '')
      .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
      .replace(/<script src="([^"]+)"><\/script>/, `<script src="$1" data-app="${app[1]}"></script>`);
  });
}
