/** What a prompt's notification says. Pure: the caller passes the counts and the days' names. */
import type { PromptKind } from './prompt-schedule';

export interface PromptText {
  title: string;
  message: string;
}

export interface PromptFacts {
  kind: PromptKind;
  /**
   * "today", or the day's name ("Tuesday") for a review caught up later; for a session reminder,
   * the session's day: "tomorrow", "today" or its name.
   */
  dayName: string;
  done: number;
  total: number;
  /** A weekly zoom-out early in the week looks back on last week (lib/domain/zoom-out-week). */
  lastWeek?: boolean;
  /** The coach's name, for a session reminder, when the leader gave it. */
  coach?: string;
}

export function promptText({ kind, dayName, done, total, lastWeek = false, coach }: PromptFacts): PromptText {
  if (kind === 'session-reminder') {
    return {
      title: `Your coaching session${coach ? ` with ${coach}` : ''} is ${dayName}`,
      message: 'See what happened since the last one, and note the questions you want to bring.',
    };
  }
  if (kind === 'morning-plan') {
    return {
      title: 'What will you commit to today?',
      message: 'Choose the one to five actions that would make today count.',
    };
  }
  if (kind === 'weekly-review') {
    const week = total > 0 ? `${lastWeek ? 'Last' : 'This'} week: ${done} of ${total} done. ` : '';
    return {
      title: 'Time to zoom out on your week',
      message: `${week}What do you notice? Five minutes for the bird’s eye view.`,
    };
  }
  const title = dayName === 'today' ? 'How did today go?' : `How did ${dayName} go?`;
  const progress = total > 0 ? `${done} of ${total} done. ` : '';
  return { title, message: `${progress}Two minutes to look back and set up tomorrow.` };
}

/** How a notification led by another prompt names this one: "today’s plan", "Tuesday’s review". */
function shortName({ kind, dayName, lastWeek = false }: PromptFacts): string {
  if (kind === 'morning-plan') return `${dayName}’s plan`;
  if (kind === 'weekly-review') return `${lastWeek ? 'last' : 'this'} week’s zoom-out`;
  if (kind === 'session-reminder') return `${dayName}’s coaching session`;
  return `${dayName}’s review`;
}

/** "a", "a and b", "a, b and c". */
function listOf(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * What one notification naming several prompts says, most important first: the first in full (a
 * click opens it), then every other one by name, so none is left unsaid.
 */
export function notificationText([first, ...others]: readonly [PromptFacts, ...PromptFacts[]]): PromptText {
  const text = promptText(first);
  if (others.length === 0) return text;
  return { title: text.title, message: `${text.message} Also waiting: ${listOf(others.map(shortName))}.` };
}
