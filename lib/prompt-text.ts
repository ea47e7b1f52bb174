/** What a prompt says. Pure: the caller passes the counts and the day's name. */
import type { PromptKind } from './schedule';

export interface PromptText {
  title: string;
  message: string;
}

interface PromptFacts {
  kind: PromptKind;
  /** "today", or the day's name ("Tuesday") for a review caught up later. */
  dayName: string;
  done: number;
  total: number;
  /** A weekly zoom-out early in the week looks back on last week (lib/review-week). */
  lastWeek?: boolean;
}

export function promptText({ kind, dayName, done, total, lastWeek = false }: PromptFacts): PromptText {
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
