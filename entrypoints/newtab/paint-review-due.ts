/**
 * The "review waiting" banner of the new tab's first paint, as the React app's ReviewDue draws it,
 * in the words the snapshot carries (lib/domain/review-due-words wrote them for both).
 */
import type { ReviewDueWords } from '../../lib/domain/newtab-snapshot';
import { el } from './paint-dom';

const link = (day: string, label: string, primary: boolean) =>
  el('a', { class: `button${primary ? ' primary' : ''}`, href: `review.html?day=${day}` }, label);

/** The banner; null when no review is waiting. */
export function paintReviewDue(words: ReviewDueWords | null): HTMLElement | null {
  if (!words) return null;
  const banner = el(
    'section',
    { class: 'banner review-due', 'aria-labelledby': 'review-due-heading' },
    el('h2', { id: 'review-due-heading' }, words.heading),
  );
  const { first, more, older } = words;
  if (first)
    banner.append(
      el('div', { class: 'review-due-row' }, el('p', {}, first.prompt), link(first.day, first.action, true)),
    );
  if (more) {
    const line = el('p', { class: 'review-due-more' }, `${more.label} `);
    more.days.forEach(({ day, text }, index) =>
      line.append(el('span', {}, ...(index > 0 ? [', '] : []), link(day, text, false))),
    );
    banner.append(line);
  }
  if (older) {
    banner.append(
      el(
        'div',
        { class: 'review-due-row' },
        el('p', {}, older.text),
        link(older.day, older.review, false),
        el('button', { type: 'button', class: 'button quiet' }, older.skip),
      ),
    );
  }
  return banner;
}
