/**
 * What the shared end-to-end flows (flows.ts) need from a browser. Chromium implements it with
 * Playwright (chromium-driver.ts), Firefox with Puppeteer over WebDriver BiDi (firefox-driver.ts),
 * so both browsers run the same steps and the same assertions.
 *
 * Elements are found as a person finds them: by role and accessible name, and fields by label.
 */
import type { Evaluator } from './db';

export type Role = 'button' | 'checkbox' | 'radio' | 'heading' | 'link' | 'group' | 'alert';

/** A page, or a part of it (a group of radio buttons, say). */
export interface Scope {
  /** Waits for the element with this role and exact accessible name, then clicks it. */
  click(role: Role, name: string): Promise<void>;
  /** Waits for the element with this role and exact accessible name to be shown. */
  waitFor(role: Role, name: string): Promise<void>;
  /** Whether the checkbox or radio button with this name is checked. */
  isChecked(role: 'checkbox' | 'radio', name: string): Promise<boolean>;
  /** Types into the field with this label (replacing its text), as a person would. */
  fill(label: string, text: string): Promise<void>;
  /** The part of the page inside the element with this role and name. */
  within(role: Role, name: string): Promise<Scope>;
}

export interface Tab extends Scope, Evaluator {
  /** Loads a page of the extension, e.g. `options.html#/data`, in this tab. */
  goto(path: string): Promise<void>;
  /** Presses a key on the focused element, e.g. `Enter`. */
  press(key: 'Enter' | 'Tab' | 'Space'): Promise<void>;
  /** Waits until the page's visible text contains `text`. */
  waitForText(text: string): Promise<void>;
  /** Chooses `file` in the file input with this label. */
  upload(label: string, file: string): Promise<void>;
  /** Runs `trigger` and returns the path of the file the browser downloaded because of it. */
  download(trigger: () => Promise<void>): Promise<string>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: 'Chromium' | 'Firefox';
  /** Chromium shows notification buttons; Firefox has none (a click on the notification opens the review). */
  readonly notificationButtons: boolean;
  /**
   * Whether the browser grants `navigator.storage.persist()` to Flourish: Firefox does (its
   * extension storage is otherwise best effort); Chromium refuses, `unlimitedStorage` protecting
   * the data there instead.
   */
  readonly grantsPersistence: boolean;
  /** The tab the extension opened by itself on install: the first-run setup. */
  installTab(): Promise<Tab>;
  /** Opens a page of the extension in a new tab. */
  open(path: string): Promise<Tab>;
  /** Opens a new tab the way a person does, which shows Flourish's new tab page. */
  openNewTab(): Promise<Tab>;
  /** The notification ids the browser shows now; null where the browser cannot tell reliably. */
  notificationIds(): Promise<string[] | null>;
  close(): Promise<void>;
}

/** The extension API in a page of the extension, whichever browser runs it. */
export interface ExtensionApi {
  alarms: {
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    sync: {
      get(key: null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
  action: { getBadgeText(details: object): Promise<string> };
  tabs: { create(properties: object): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
}

/**
 * Inside a page: the extension API (`browser` in Firefox, `chrome` in Chromium). Functions sent
 * into pages cannot close over module scope, so flows call this as `(globalThis as Api).browser`.
 */
export type ApiGlobal = { browser?: ExtensionApi; chrome?: ExtensionApi };
