/** The "review waiting" banner of the new tab's first paint, as the React app's ReviewDue draws it. */
import { formatDayLong } from '../../lib/domain/format';
import { splitPending } from '../../lib/domain/waiting-reviews';
import { el } from './paint-dom';

/** The banner for the `pending` reviews on `day`; null when none is waiting. */
export function paintReviewDue(pending: string[], day: string): HTMLElement | null {
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
