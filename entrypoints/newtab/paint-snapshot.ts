/**
 * Paints the new tab from its snapshot, for the new tab's loader (entrypoints/newtab-loader.ts):
 * plain DOM, no React, no Dexie, no IndexedDB. It reads the snapshot synchronously from
 * localStorage and draws the same markup the React app will take over. Everything here is text set
 * through textContent: user text never becomes markup.
 */
import { checklistItemClass, NOT_DONE_NOTE } from '../../components/checklist-item';
import { today } from '../../lib/platform/clock';
import { formatDayLong } from '../../lib/domain/format';
import { splitPending } from '../../lib/domain/waiting-reviews';
import { readSnapshot, type FirstPaint } from '../../lib/domain/newtab-snapshot';
import { newTabView } from './view';

type Attributes = Record<string, string>;

function el(tag: string, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function firstRun(): HTMLElement {
  return el(
    'div',
    { class: 'first-run' },
    el('p', { class: 'vision-statement', elementtiming: 'vision' }, 'Welcome to Flourish.'),
    el(
      'p',
      {},
      'Write the vision you are working towards, and it will greet you here in every new tab. ',
      el('a', { href: '/options.html#/setup' }, 'Set up Flourish'),
    ),
  );
}

/** The "review waiting" banner, as the React app's ReviewDue draws it on the new tab. */
function reviewDue(pending: string[], day: string): HTMLElement | null {
  if (pending.length === 0) return null;
  const { recent, older } = splitPending(pending, day);
  const name = (d: string) => (d === day ? 'today' : formatDayLong(d));
  const link = (d: string, label: string, primary: boolean) =>
    el('a', { class: `button${primary ? ' primary' : ''}`, href: `review.html?day=${d}` }, label);
  const banner = el(
    'section',
    { class: 'banner review-due', 'aria-labelledby': 'review-due-heading' },
    el(
      'h2',
      { id: 'review-due-heading' },
      recent.length > 0 ? `Your review of ${name(recent[0]!)} is waiting` : 'Some days were not reviewed',
    ),
  );
  if (recent.length > 0) {
    banner.append(
      el(
        'div',
        { class: 'review-due-row' },
        el('p', {}, 'Two minutes: what got done, what got in the way, and what comes next.'),
        link(recent[0]!, 'Review now', true),
      ),
    );
  }
  if (recent.length > 1) {
    const more = el('p', { class: 'review-due-more' }, 'Also waiting: ');
    recent
      .slice(1)
      .forEach((d, index) =>
        more.append(...(index > 0 ? [', '] : []), el('span', {}, link(d, formatDayLong(d), false))),
      );
    banner.append(more);
  }
  if (older.length > 0) {
    banner.append(
      el(
        'div',
        { class: 'review-due-row' },
        el(
          'p',
          {},
          `${older.length} earlier ${older.length === 1 ? 'day was' : 'days were'} not reviewed. Review them, or let them go.`,
        ),
        link(older[0]!, 'Review them', false),
        el('button', { type: 'button', class: 'button quiet' }, `Skip ${older.length === 1 ? 'it' : 'them'}`),
      ),
    );
  }
  return banner;
}

/** Paints the snapshot into `root` and returns it; without a usable snapshot paints nothing. */
export function paintSnapshot(root: HTMLElement, storage: Pick<Storage, 'getItem'>): FirstPaint | null {
  const day = today();
  const snapshot = readSnapshot(storage, day);
  if (!snapshot) return null;
  const view = newTabView(day, snapshot);
  const vision = view.vision;

  const visionSection = el(
    'section',
    { class: 'vision', 'aria-labelledby': 'vision-heading' },
    el('h1', { id: 'vision-heading', class: 'eyebrow' }, 'My vision'),
  );
  if (!vision) visionSection.append(firstRun());
  else if (vision.statement)
    visionSection.append(el('p', { class: view.statementClass, elementtiming: 'vision' }, vision.statement));
  if (vision && (vision.looksLike || vision.feelsLike)) {
    const list = el('dl', { class: 'look-and-feel' });
    if (vision.looksLike)
      list.append(el('div', {}, el('dt', {}, 'How it looks'), el('dd', {}, vision.looksLike)));
    if (vision.feelsLike)
      list.append(el('div', {}, el('dt', {}, 'How it feels'), el('dd', {}, vision.feelsLike)));
    visionSection.append(list);
  }

  const main = el('main', { class: `newtab${view.image ? ' has-image' : ''}` });
  const banner = reviewDue(view.pendingReviews, day);
  if (banner) main.append(banner);
  main.append(visionSection);
  if (view.image) {
    main.append(
      el(
        'figure',
        { class: 'vision-image' },
        el('div', {
          class: 'image-frame',
          style: `aspect-ratio: ${view.image.width} / ${view.image.height}`,
        }),
      ),
    );
  }

  const todaySection = el(
    'section',
    { class: 'today', 'aria-labelledby': 'today-heading' },
    el('h2', { id: 'today-heading' }, 'Today ', el('span', { class: 'hint' }, view.dateText)),
  );
  if (view.progressText) todaySection.append(el('p', { class: 'progress' }, view.progressText));
  if (view.commitments && view.commitments.length > 0) {
    const list = el('ul', { class: 'checklist', 'aria-label': 'Today’s commitments' });
    for (const [index, commitment] of view.commitments.entries()) {
      const box = el('input', { type: 'checkbox', id: `commitment-${commitment.id}` }) as HTMLInputElement;
      // As painted: the React app compares with this to keep a tick made before it took over.
      box.defaultChecked = commitment.status === 'done';
      box.disabled = commitment.status === 'not-done';
      const label = el(
        'label',
        { for: `commitment-${commitment.id}`, ...(index === 0 && { elementtiming: 'today' }) },
        commitment.title,
      );
      if (commitment.status === 'not-done')
        label.append(el('span', { class: 'not-done-note' }, NOT_DONE_NOTE));
      list.append(el('li', { class: checklistItemClass(commitment.status) }, box, label));
    }
    todaySection.append(list);
  }
  main.append(todaySection);

  if (view.spotlight) {
    main.append(
      el(
        'aside',
        { class: 'spotlight', 'aria-labelledby': 'spotlight-heading' },
        el(
          'h2',
          { id: 'spotlight-heading', class: 'eyebrow' },
          `Strength of the day: ${view.spotlight.name}`,
        ),
        el('p', {}, view.spotlight.idea),
      ),
    );
  }

  if (view.purpose || view.values.length > 0) {
    const footer = el('footer', { class: 'foundation' });
    if (view.purpose)
      footer.append(
        el('p', { class: 'purpose' }, el('span', { class: 'label' }, 'Purpose'), ` ${view.purpose}`),
      );
    if (view.values.length > 0) {
      footer.append(
        el(
          'p',
          { class: 'values' },
          el('span', { class: 'label' }, 'Values'),
          ' ',
          el('span', { class: 'value-list' }, ...view.values.map((value) => el('span', {}, value))),
        ),
      );
    }
    main.append(footer);
  }

  root.replaceChildren(main);
  return snapshot;
}
