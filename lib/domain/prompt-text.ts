/**
 * What a prompt's notification says, in the language in force. Pure: the caller passes the counts
 * and the days' names.
 */
import { intlLocale, t } from '../i18n';
import type { PromptKind } from './prompt-schedule';

export interface PromptText {
  title: string;
  message: string;
}

export interface PromptFacts {
  kind: PromptKind;
  /**
   * "today", or the day's name ("Tuesday") for a review caught up later; for a session reminder,
   * the session's day: "tomorrow", "today" or its name. "today" and "tomorrow" are words this
   * module translates; a day's name comes in the language in force (lib/domain/format).
   */
  dayName: string;
  done: number;
  total: number;
  /** A weekly zoom-out early in the week looks back on last week (lib/domain/zoom-out-week). */
  lastWeek?: boolean;
  /** The coach's name, for a session reminder, when the leader gave it. */
  coach?: string;
}

/** The title of a session reminder: "Your coaching session with Sam is tomorrow". */
function sessionTitle(dayName: string, coach: string | undefined): string {
  if (dayName === 'today')
    return coach ? t('notifications:session.todayWith', { coach }) : t('notifications:session.today');
  if (dayName === 'tomorrow')
    return coach ? t('notifications:session.tomorrowWith', { coach }) : t('notifications:session.tomorrow');
  return coach
    ? t('notifications:session.dayWith', { coach, day: dayName })
    : t('notifications:session.day', { day: dayName });
}

export function promptText({ kind, dayName, done, total, lastWeek = false, coach }: PromptFacts): PromptText {
  if (kind === 'session-reminder') {
    return { title: sessionTitle(dayName, coach), message: t('notifications:session.message') };
  }
  if (kind === 'morning-plan') {
    return { title: t('notifications:morning.title'), message: t('notifications:morning.message') };
  }
  if (kind === 'weekly-review') {
    const counts = { count: done, total };
    const week =
      total > 0
        ? lastWeek
          ? t('notifications:weekly.lastWeek', counts)
          : t('notifications:weekly.thisWeek', counts)
        : '';
    return {
      title: t('notifications:weekly.title'),
      message: [week, t('notifications:weekly.message')].filter(Boolean).join(' '),
    };
  }
  const title =
    dayName === 'today'
      ? t('notifications:review.titleToday')
      : t('notifications:review.title', { day: dayName });
  const progress = total > 0 ? t('notifications:review.done', { count: done, total }) : '';
  return { title, message: [progress, t('notifications:review.message')].filter(Boolean).join(' ') };
}

/** How a notification led by another prompt names this one: "today’s plan", "Tuesday’s review". */
function shortName({ kind, dayName, lastWeek = false }: PromptFacts): string {
  const today = dayName === 'today';
  if (kind === 'morning-plan')
    return today ? t('notifications:waiting.planToday') : t('notifications:waiting.plan', { day: dayName });
  if (kind === 'weekly-review')
    return lastWeek ? t('notifications:waiting.lastWeek') : t('notifications:waiting.thisWeek');
  if (kind === 'session-reminder') {
    if (today) return t('notifications:waiting.sessionToday');
    if (dayName === 'tomorrow') return t('notifications:waiting.sessionTomorrow');
    return t('notifications:waiting.session', { day: dayName });
  }
  return today ? t('notifications:waiting.reviewToday') : t('notifications:waiting.review', { day: dayName });
}

/**
 * What one notification naming several prompts says, most important first: the first in full (a
 * click opens it), then every other one by name, so none is left unsaid.
 */
export function notificationText([first, ...others]: readonly [PromptFacts, ...PromptFacts[]]): PromptText {
  const text = promptText(first);
  if (others.length === 0) return text;
  const list = new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(others.map(shortName));
  return { title: text.title, message: `${text.message} ${t('notifications:waiting.also', { list })}` };
}
