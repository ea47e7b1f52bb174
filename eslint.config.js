import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// User text must never become markup (docs/design-notes.md, "Safety").
const NO_MARKUP = [
  { property: 'innerHTML', message: 'Render text with React or textContent; never innerHTML.' },
  { property: 'outerHTML', message: 'Render text with React or textContent; never outerHTML.' },
];

/**
 * The layers (docs/architecture.md): each may import the ones listed after it, never those before.
 * An import is named by its specifier, so a layer is matched by its folder anywhere in the path.
 */
const LAYER = {
  entrypoints: {
    regex: '(^|/)entrypoints/',
    message: 'Only entrypoints/ imports a page or the worker (docs/architecture.md).',
  },
  components: {
    regex: '(^|/)components/',
    message: 'This layer may not import components/ (docs/architecture.md).',
  },
  store: { regex: '(^|/)store/', message: 'This layer may not import lib/store (docs/architecture.md).' },
  platform: {
    regex: '(^|/)platform/',
    message: 'The pure domain may not import lib/platform (docs/architecture.md).',
  },
  react: { regex: '^react($|-|/)', message: 'React belongs to pages and components (docs/architecture.md).' },
  dexie: { regex: '^dexie($|/)', message: 'The database belongs to lib/store (docs/architecture.md).' },
  extension: {
    regex: '^(wxt($|/)|webextension-polyfill|@wxt-dev/)',
    message: 'Extension APIs belong to lib/store, lib/platform, the worker and pages.',
  },
};
const PAGES = ['newtab', 'popup', 'options', 'review'];
/** Another entrypoint's folder, reached by going up: `../popup/…`, `../../background/…`. */
const otherEntrypoint = (own) => ({
  regex: `(^|/)\\.\\./(\\.\\./)*(${[...PAGES, 'background'].filter((name) => name !== own).join('|')})/`,
  message: 'Pages and the worker share code through components/ and lib/, never each other.',
});
const forbid = (...patterns) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map(({ regex, message }) => ({ regex, message })) },
  ],
});

// An effect written `() => element.scrollIntoView()` returns what the call returns, and React calls
// a returned value as the effect's cleanup: newer Chromium's scroll methods return a promise, which
// crashed the popup as its link panel closed.
const EFFECT_BODY = {
  selector:
    'CallExpression[callee.name=/^use(Layout|Insertion)?Effect$/] > ArrowFunctionExpression.arguments:first-child[expression=true]:not([body.type="ArrowFunctionExpression"]):not([body.operator="void"])',
  message: 'Give an effect a block body, so it returns a cleanup only on purpose.',
};

// Every word on screen comes from the translations (lib/i18n, docs/i18n.md): no literal text in JSX,
// nor in the attributes and props that are read or shown.
const NO_LITERAL_TEXT = [
  {
    selector: 'JSXText[value=/[A-Za-z]{2,}/]',
    message: 'Words on screen come from the translations: use t() (docs/i18n.md).',
  },
  {
    selector:
      'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label|hint|description)$/] > Literal[value=/[A-Za-z]{2,}/]',
    message: 'Words on screen come from the translations: use t() (docs/i18n.md).',
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'bench-results/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', ...NO_MARKUP],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The pure domain: rules and types. Time and the browser come in as arguments.
    files: ['lib/domain/**'],
    rules: {
      ...forbid(
        LAYER.entrypoints,
        LAYER.components,
        LAYER.store,
        LAYER.platform,
        LAYER.react,
        LAYER.dexie,
        LAYER.extension,
      ),
      'no-restricted-properties': [
        'error',
        ...NO_MARKUP,
        {
          object: 'Date',
          property: 'now',
          message: 'The domain is given `now`; lib/platform/clock reads the clock.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'The domain is given `now`; lib/platform/clock reads the clock.',
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator'].map((name) => ({
          name,
          message:
            'The domain is pure: storage and the browser are reached through lib/store and lib/platform.',
        })),
      ],
    },
  },
  {
    files: ['lib/platform/**'],
    rules: forbid(LAYER.entrypoints, LAYER.components, LAYER.store, LAYER.react, LAYER.dexie),
  },
  {
    files: ['lib/store/**'],
    rules: forbid(LAYER.entrypoints, LAYER.components, LAYER.react),
  },
  {
    files: ['components/**'],
    rules: forbid(LAYER.entrypoints),
  },
  {
    files: ['entrypoints/background/**'],
    rules: forbid(LAYER.components, LAYER.react, otherEntrypoint('background')),
  },
  ...PAGES.map((page) => ({
    files: [`entrypoints/${page}/**`],
    rules: forbid(otherEntrypoint(page)),
  })),
  {
    files: ['components/**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', EFFECT_BODY, ...NO_LITERAL_TEXT] },
  },
);
