/**
 * The button that makes the strength of the day's idea a commitment, shared by the new tab's first
 * paint (plain DOM, no React) and the React button that takes over from it. Its words come from the
 * translations (lib/domain/newtab-words: ideaButtonText), which the first paint reads from its snapshot.
 */
export const IDEA_BUTTON_CLASS = 'button idea-commit';

/** The mark before "On today’s list", hidden from screen readers (the words say it). */
export const ON_LIST_MARK = '✓ ';

/** Marks the button pressed on the new tab's first paint, before React took over (boot keeps the press). */
export const EARLY_PRESS = 'data-pressed';
