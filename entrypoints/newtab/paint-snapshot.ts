/**
 * Paints the new tab from its snapshot, for the new tab's loader (entrypoints/newtab-loader.ts):
 * plain DOM, no React, no Dexie, no IndexedDB and no translations. It reads the snapshot
 * synchronously from localStorage and draws the same markup the React app will take over, in the
 * words and the language the snapshot carries. Everything here is text set through textContent:
 * user text never becomes markup.
 */
import { checklistItemClass } from '../../components/checklist-item';
import { EARLY_PRESS, IDEA_BUTTON_CLASS, ON_LIST_MARK } from '../../components/strength-idea';
import type { DayKey } from '../../lib/domain/days';
import { formatDayLong } from '../../lib/domain/format';
import {
  readSnapshot,
  type DayWords,
  type FirstPaint,
  type FirstPaintWords,
  type SnapshotCommitment,
} from '../../lib/domain/newtab-snapshot';
import { directionOf } from '../../lib/i18n/languages';
import { setFormatLanguage } from '../../lib/i18n/locale';
import { today } from '../../lib/platform/clock';
import { el } from './paint-dom';
import { horizonShown } from '../../lib/domain/horizons';
import { paintHorizonChoice, paintHorizonLine } from './paint-horizon';
import { paintReviewDue } from './paint-review-due';
import { statementClass } from './statement';

function firstRun(words: FirstPaintWords): HTMLElement {
  return el(
    'div',
    { class: 'first-run' },
    el('p', { class: 'vision-statement', elementtiming: 'vision' }, words.welcome),
    el('p', {}, `${words.invite} `, el('a', { href: '/options.html#/setup' }, words.setUp)),
  );
}

function visionSection(paint: FirstPaint, day: DayKey): HTMLElement {
  const { vision, words } = paint;
  const horizon = vision && horizonShown(vision.horizons, paint.horizonChoice, day);
  const head = el(
    'div',
    { class: 'vision-head' },
    el('h1', { id: 'vision-heading', class: 'eyebrow' }, words.visionHeading),
    ...(horizon ? paintHorizonChoice(horizon, words) : []),
  );
  const section = el('section', { class: 'vision', 'aria-labelledby': 'vision-heading' }, head);
  if (!vision) section.append(firstRun(words));
  else if (vision.statement)
    section.append(
      el('p', { class: statementClass(vision.statement.length), elementtiming: 'vision' }, vision.statement),
    );
  if (horizon) section.append(paintHorizonLine(horizon, words));
  return section;
}

/** A commitment's goal, strength and where it was carried from, as small labels (the React checklist's CommitmentTags). */
function tags(commitment: SnapshotCommitment, words: FirstPaintWords): HTMLElement[] {
  if (!commitment.goal && !commitment.strength && !commitment.carried) return [];
  const list = el('span', { class: 'commitment-tags' });
  const hidden = (text: string) => el('span', { class: 'visually-hidden' }, text);
  if (commitment.goal) list.append(el('span', { class: 'tag' }, hidden(words.goal), commitment.goal));
  if (commitment.strength)
    list.append(el('span', { class: 'tag strength' }, hidden(words.strength), commitment.strength));
  if (commitment.carried)
    list.append(el('span', { class: 'tag carried', title: commitment.carried }, commitment.carried));
  return [list];
}

/** What the reviews said to focus on (the React app's FocusLines). */
function focusLines(lines: DayWords['focus']): HTMLElement {
  const list = el('dl', { class: 'focus-lines' });
  for (const line of lines)
    list.append(el('div', { class: 'focus-line' }, el('dt', {}, line.label), el('dd', {}, line.text)));
  return list;
}

function checklist(commitments: SnapshotCommitment[], words: FirstPaintWords): HTMLElement {
  const list = el('ul', { class: 'checklist', 'aria-label': words.checklist });
  for (const [index, commitment] of commitments.entries()) {
    const box = el('input', { type: 'checkbox', id: `commitment-${commitment.id}` }) as HTMLInputElement;
    // As painted: the React app compares with this to keep a tick made before it took over.
    box.defaultChecked = commitment.status === 'done';
    box.disabled = commitment.status === 'not-done';
    const label = el(
      'label',
      { for: `commitment-${commitment.id}`, ...(index === 0 && { elementtiming: 'today' }) },
      commitment.title,
    );
    if (commitment.status === 'not-done') label.append(el('span', { class: 'not-done-note' }, words.notDone));
    const planText = words.day?.plans[commitment.id];
    const plan = planText ? [el('span', { class: 'if-then-line' }, planText)] : [];
    list.append(
      el(
        'li',
        { class: checklistItemClass(commitment.status) },
        box,
        label,
        ...tags(commitment, words),
        ...plan,
      ),
    );
  }
  return list;
}

function todaySection(paint: FirstPaint, day: DayKey): HTMLElement {
  const { words } = paint;
  const heading = el(
    'h2',
    { id: 'today-heading' },
    `${words.today} `,
    el('span', { class: 'hint' }, formatDayLong(day)),
  );
  const section = el('section', { class: 'today', 'aria-labelledby': 'today-heading' }, heading);
  if (words.day?.dayOff) section.append(el('p', { class: 'day-off-note' }, words.day.dayOff));
  else if (words.day?.progress) section.append(el('p', { class: 'progress' }, words.day.progress));
  const shown = paint.commitments?.filter((c) => c.status !== 'dropped') ?? [];
  if (shown.length > 0) section.append(checklist(shown, words));
  return section;
}

/** The picture of the day: its small copy now, if the snapshot has one; the picture itself comes with React. */
function picture(image: NonNullable<FirstPaint['image']>): HTMLElement {
  const frame = el('div', { class: 'image-frame', style: `aspect-ratio: ${image.width} / ${image.height}` });
  if (image.small) {
    const attributes = { class: 'image-small', alt: '', decoding: 'sync', elementtiming: 'picture' };
    frame.append(el('img', { ...attributes, src: image.small }));
  }
  const figure = el('figure', { class: 'vision-image' }, frame);
  if (image.caption) figure.append(el('figcaption', {}, image.caption));
  return figure;
}

function lookAndFeel(vision: NonNullable<FirstPaint['vision']>, words: FirstPaintWords): HTMLElement[] {
  if (!vision.looksLike && !vision.feelsLike) return [];
  const list = el('dl', { class: 'look-and-feel' });
  if (vision.looksLike)
    list.append(el('div', {}, el('dt', {}, words.looksLike), el('dd', {}, vision.looksLike)));
  if (vision.feelsLike)
    list.append(el('div', {}, el('dt', {}, words.feelsLike), el('dd', {}, vision.feelsLike)));
  return [list];
}

function foundation(paint: FirstPaint): HTMLElement[] {
  const { purpose, values, words } = paint;
  if (!purpose && values.length === 0) return [];
  const footer = el('footer', { class: 'foundation' });
  if (purpose)
    footer.append(
      el('p', { class: 'purpose' }, el('span', { class: 'label' }, words.purpose), ` ${purpose}`),
    );
  if (values.length > 0) {
    const list = el('span', { class: 'value-list' }, ...values.map((value) => el('span', {}, value)));
    footer.append(el('p', { class: 'values' }, el('span', { class: 'label' }, words.values), ' ', list));
  }
  return [footer];
}

/**
 * The strength of the day and the button that makes its idea today's commitment (the React app's
 * StrengthOfTheDay). Pressed before React takes over, the button only marks itself; boot adds the idea.
 */
function spotlight(idea: string, words: NonNullable<DayWords['spotlight']>): HTMLElement {
  let button: HTMLElement;
  if (words.onList) {
    const mark = el('span', { 'aria-hidden': 'true' }, ON_LIST_MARK);
    const attributes = { type: 'button', class: IDEA_BUTTON_CLASS, 'aria-disabled': 'true' };
    button = el('button', attributes, mark, words.button);
  } else {
    const press = el('button', { type: 'button', class: IDEA_BUTTON_CLASS }, words.button);
    press.addEventListener('click', () => press.setAttribute(EARLY_PRESS, ''));
    button = press;
  }
  return el(
    'aside',
    { class: 'spotlight', 'aria-labelledby': 'spotlight-heading' },
    el('h2', { id: 'spotlight-heading', class: 'eyebrow' }, words.heading),
    el('p', {}, idea),
    button,
  );
}

/** The column beside the vision and today: the focus, the picture, the strength of the day, look and feel, foundation. */
function side(paint: FirstPaint): HTMLElement {
  const column = el('div', { class: 'newtab-side' });
  const day = paint.words.day;
  if (day && day.focus.length > 0) column.append(focusLines(day.focus));
  if (paint.image) column.append(picture(paint.image));
  if (paint.spotlight && day?.spotlight) column.append(spotlight(paint.spotlight.idea, day.spotlight));
  if (paint.vision) column.append(...lookAndFeel(paint.vision, paint.words));
  column.append(...foundation(paint));
  return column;
}

/** Speaks the snapshot's language: its dates, the page's `lang`, `dir` and title. */
function speak(paint: FirstPaint): void {
  setFormatLanguage(paint.language);
  document.documentElement.lang = paint.language;
  document.documentElement.dir = directionOf(paint.language);
  document.title = paint.words.title;
}

/** Paints the snapshot into `root` and returns it; without a usable snapshot paints nothing. */
export function paintSnapshot(root: HTMLElement, storage: Pick<Storage, 'getItem'>): FirstPaint | null {
  const day = today();
  const snapshot = readSnapshot(storage, day);
  if (!snapshot) return null;
  speak(snapshot);
  const main = el('main', { class: `newtab${snapshot.image ? ' has-image' : ''}` });
  const banner = paintReviewDue(snapshot.words.day?.reviewDue ?? null);
  if (banner) main.append(banner);
  const focus = el(
    'div',
    { class: 'newtab-focus' },
    visionSection(snapshot, day),
    todaySection(snapshot, day),
  );
  main.append(focus, side(snapshot));
  root.replaceChildren(main);
  return snapshot;
}
