/**
 * Flourish's words for the new tab's first paint, in the language in force, written into its
 * snapshot (lib/domain/newtab-snapshot.ts): the first paint loads no translations. The React new tab
 * and its components say the same through the same keys and functions, so the hand-over from the
 * first paint changes no word.
 */
import { currentLanguage, t } from '../i18n';
import {
  SNAPSHOT_VERSION,
  type DayWords,
  type NewTabSnapshot,
  type SnapshotCommitment,
  type SnapshotWords,
} from './newtab-snapshot';
import { reviewDueWords } from './review-due-words';
import {
  dayOffNote,
  focusLines,
  formatProgress,
  HORIZON_CHOICE_LABELS,
  HORIZON_NAMES,
  planLine,
} from './words';
import { ideaOnList } from './spotlight';

/** What the snapshot holds of the new tab, before Flourish's words are added. */
export type SnapshotData = Omit<NewTabSnapshot, 'v' | 'language' | 'words'>;

/** "2 of 4 done" for a day's list: dropped commitments are left out, ones reviewed as not done count. */
export function listProgress(commitments: readonly Pick<SnapshotCommitment, 'status'>[]): string {
  const counted = commitments.filter((c) => c.status !== 'dropped');
  return formatProgress(counted.filter((c) => c.status === 'done').length, counted.length);
}

/** The strength of the day's heading, in the language in force. */
export const spotlightHeading = (name: string) => t('today:strength.heading', { name });

/** The idea button's words: an invitation, or that the idea is on today's list already. */
export const ideaButtonText = (onList: boolean) =>
  onList ? t('today:strength.onList') : t('today:strength.add');

function dayWords(data: SnapshotData): DayWords {
  const spotlight = data.spotlight;
  const onList = spotlight !== null && ideaOnList(spotlight.idea, data.commitments) !== undefined;
  return {
    progress: listProgress(data.commitments),
    dayOff: data.dayOff === undefined ? null : dayOffNote(data.dayOff),
    focus: data.focus ? focusLines(data.focus, data.day) : [],
    plans: Object.fromEntries(
      data.commitments.flatMap((c) => (c.ifThen ? [[c.id, planLine(c.ifThen)]] : [])),
    ),
    spotlight: spotlight && {
      heading: spotlightHeading(spotlight.name),
      button: ideaButtonText(onList),
      onList,
    },
    reviewDue: reviewDueWords(data.pendingReviews, data.day),
  };
}

/** Every word the first paint draws of `data`, in the language in force. */
export function snapshotWords(data: SnapshotData): SnapshotWords {
  return {
    title: t('newtab:title'),
    visionHeading: t('newtab:vision.heading'),
    welcome: t('newtab:firstRun.welcome'),
    invite: t('newtab:firstRun.invite'),
    setUp: t('newtab:firstRun.setUp'),
    horizonLegend: t('newtab:horizon.legend'),
    horizonNames: { ...HORIZON_NAMES },
    horizonChoices: { ...HORIZON_CHOICE_LABELS },
    today: t('newtab:today.heading'),
    checklist: t('newtab:today.list'),
    notDone: t('today:checklist.notDone'),
    goal: t('today:checklist.goal'),
    strength: t('today:checklist.strength'),
    looksLike: t('newtab:side.looksLike'),
    feelsLike: t('newtab:side.feelsLike'),
    purpose: t('newtab:side.purpose'),
    values: t('newtab:side.values'),
    day: dayWords(data),
  };
}

/** The snapshot of `data`: its words, and the language they are in, added. */
export function withWords(data: SnapshotData): NewTabSnapshot {
  return { v: SNAPSHOT_VERSION, ...data, language: currentLanguage(), words: snapshotWords(data) };
}
