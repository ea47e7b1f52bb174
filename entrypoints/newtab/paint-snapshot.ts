/**
 * Paints the new tab from its snapshot, for the new tab's loader (entrypoints/newtab-loader.ts):
 * plain DOM, no React, no Dexie, no IndexedDB. It reads the snapshot synchronously from
 * localStorage and draws the same markup the React app will take over. Everything here is text set
 * through textContent: user text never becomes markup.
 */
import { checklistItemClass, NOT_DONE_NOTE } from '../../components/checklist-item';
import {
  EARLY_PRESS,
  IDEA_BUTTON_CLASS,
  IDEA_BUTTON_TEXT,
  ON_LIST_MARK,
} from '../../components/strength-idea';
import { planLine } from '../../lib/domain/plan-line';
import { today } from '../../lib/platform/clock';
import { HORIZON_CHOICE_LABELS, HORIZON_NAMES, type HorizonShown } from '../../lib/domain/horizons';
import { readSnapshot, type FirstPaint, type SnapshotCommitment } from '../../lib/domain/newtab-snapshot';
import { el } from './paint-dom';
import { paintReviewDue } from './paint-review-due';
import { newTabView, type NewTabView } from './view';

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

/** The choice of horizon, beside the heading (as the React app's HorizonChoice draws it). */
function horizonChoice(horizon: HorizonShown): HTMLElement[] {
  if (horizon.choices.length === 0) return [];
  const legend = el('legend', { class: 'visually-hidden' }, 'Horizon to show');
  const field = el('fieldset', { class: 'horizon-choice' }, legend);
  for (const choice of horizon.choices) {
    const input = el('input', { type: 'radio', name: 'horizon', id: `horizon-${choice}`, value: choice });
    (input as HTMLInputElement).defaultChecked = choice === horizon.choice;
    field.append(input, el('label', { for: `horizon-${choice}` }, HORIZON_CHOICE_LABELS[choice]));
  }
  return [field];
}

/** The horizon of the day, under the statement. */
function horizonLine(horizon: HorizonShown): HTMLElement {
  const name = el('span', { class: 'horizon-name' }, HORIZON_NAMES[horizon.horizon]);
  return el('p', { class: 'horizon' }, name, ' ', horizon.text);
}

function visionSection(view: NewTabView): HTMLElement {
  const vision = view.vision;
  const head = el(
    'div',
    { class: 'vision-head' },
    el('h1', { id: 'vision-heading', class: 'eyebrow' }, 'My vision'),
    ...(view.horizon ? horizonChoice(view.horizon) : []),
  );
  const section = el('section', { class: 'vision', 'aria-labelledby': 'vision-heading' }, head);
  if (!vision) section.append(firstRun());
  else if (vision.statement)
    section.append(el('p', { class: view.statementClass, elementtiming: 'vision' }, vision.statement));
  if (view.horizon) section.append(horizonLine(view.horizon));
  return section;
}

/** A commitment's goal, strength and where it was carried from, as small labels (the React checklist's CommitmentTags). */
function tags(commitment: SnapshotCommitment): HTMLElement[] {
  if (!commitment.goal && !commitment.strength && !commitment.carried) return [];
  const list = el('span', { class: 'commitment-tags' });
  if (commitment.goal)
    list.append(
      el('span', { class: 'tag' }, el('span', { class: 'visually-hidden' }, 'Goal: '), commitment.goal),
    );
  if (commitment.strength)
    list.append(
      el(
        'span',
        { class: 'tag strength' },
        el('span', { class: 'visually-hidden' }, 'Strength: '),
        commitment.strength,
      ),
    );
  if (commitment.carried)
    list.append(el('span', { class: 'tag carried', title: commitment.carried }, commitment.carried));
  return [list];
}

/** What the reviews said to focus on (the React app's FocusLines). */
function focusLines(lines: NewTabView['focus']): HTMLElement {
  const list = el('dl', { class: 'focus-lines' });
  for (const line of lines)
    list.append(el('div', { class: 'focus-line' }, el('dt', {}, line.label), el('dd', {}, line.text)));
  return list;
}

function todaySection(view: NewTabView): HTMLElement {
  const heading = el('h2', { id: 'today-heading' }, 'Today ', el('span', { class: 'hint' }, view.dateText));
  const section = el('section', { class: 'today', 'aria-labelledby': 'today-heading' }, heading);
  if (view.dayOffText) section.append(el('p', { class: 'day-off-note' }, view.dayOffText));
  else if (view.progressText) section.append(el('p', { class: 'progress' }, view.progressText));
  if (!view.commitments || view.commitments.length === 0) return section;
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
    if (commitment.status === 'not-done') label.append(el('span', { class: 'not-done-note' }, NOT_DONE_NOTE));
    const plan = commitment.ifThen
      ? [el('span', { class: 'if-then-line' }, planLine(commitment.ifThen))]
      : [];
    list.append(
      el('li', { class: checklistItemClass(commitment.status) }, box, label, ...tags(commitment), ...plan),
    );
  }
  section.append(list);
  return section;
}

/** The picture of the day: its small copy now, if the snapshot has one; the picture itself comes with React. */
function picture(image: NonNullable<NewTabView['image']>): HTMLElement {
  const frame = el('div', { class: 'image-frame', style: `aspect-ratio: ${image.width} / ${image.height}` });
  if (image.small) {
    const attributes = { class: 'image-small', alt: '', decoding: 'sync', elementtiming: 'picture' };
    frame.append(el('img', { ...attributes, src: image.small }));
  }
  const figure = el('figure', { class: 'vision-image' }, frame);
  if (image.caption) figure.append(el('figcaption', {}, image.caption));
  return figure;
}

function lookAndFeel(vision: NonNullable<NewTabView['vision']>): HTMLElement[] {
  if (!vision.looksLike && !vision.feelsLike) return [];
  const list = el('dl', { class: 'look-and-feel' });
  if (vision.looksLike)
    list.append(el('div', {}, el('dt', {}, 'How it looks'), el('dd', {}, vision.looksLike)));
  if (vision.feelsLike)
    list.append(el('div', {}, el('dt', {}, 'How it feels'), el('dd', {}, vision.feelsLike)));
  return [list];
}

function foundation(view: NewTabView): HTMLElement[] {
  if (!view.purpose && view.values.length === 0) return [];
  const footer = el('footer', { class: 'foundation' });
  if (view.purpose)
    footer.append(
      el('p', { class: 'purpose' }, el('span', { class: 'label' }, 'Purpose'), ` ${view.purpose}`),
    );
  if (view.values.length > 0) {
    const values = el('span', { class: 'value-list' }, ...view.values.map((value) => el('span', {}, value)));
    footer.append(el('p', { class: 'values' }, el('span', { class: 'label' }, 'Values'), ' ', values));
  }
  return [footer];
}

/**
 * The button that makes the strength of the day's idea today's commitment (the React app's
 * StrengthOfTheDay). Pressed before React takes over, it only marks itself; boot adds the idea.
 */
function ideaButton(onList: boolean): HTMLElement {
  if (onList) {
    const mark = el('span', { 'aria-hidden': 'true' }, ON_LIST_MARK);
    return el(
      'button',
      { type: 'button', class: IDEA_BUTTON_CLASS, 'aria-disabled': 'true' },
      mark,
      IDEA_BUTTON_TEXT.onList,
    );
  }
  const button = el('button', { type: 'button', class: IDEA_BUTTON_CLASS }, IDEA_BUTTON_TEXT.add);
  button.addEventListener('click', () => button.setAttribute(EARLY_PRESS, ''));
  return button;
}

/** The column beside the vision and today: the focus, the picture, the strength of the day, look and feel, foundation. */
function side(view: NewTabView): HTMLElement {
  const column = el('div', { class: 'newtab-side' });
  if (view.focus.length > 0) column.append(focusLines(view.focus));
  if (view.image) column.append(picture(view.image));
  if (view.spotlight) {
    const name = `Strength of the day: ${view.spotlight.name}`;
    column.append(
      el(
        'aside',
        { class: 'spotlight', 'aria-labelledby': 'spotlight-heading' },
        el('h2', { id: 'spotlight-heading', class: 'eyebrow' }, name),
        el('p', {}, view.spotlight.idea),
        ideaButton(view.spotlight.onList),
      ),
    );
  }
  if (view.vision) column.append(...lookAndFeel(view.vision));
  column.append(...foundation(view));
  return column;
}

/** Paints the snapshot into `root` and returns it; without a usable snapshot paints nothing. */
export function paintSnapshot(root: HTMLElement, storage: Pick<Storage, 'getItem'>): FirstPaint | null {
  const day = today();
  const snapshot = readSnapshot(storage, day);
  if (!snapshot) return null;
  const view = newTabView(day, snapshot);
  const main = el('main', { class: `newtab${view.image ? ' has-image' : ''}` });
  const banner = paintReviewDue(view.pendingReviews, day);
  if (banner) main.append(banner);
  main.append(el('div', { class: 'newtab-focus' }, visionSection(view), todaySection(view)), side(view));
  root.replaceChildren(main);
  return snapshot;
}
