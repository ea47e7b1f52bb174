import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert';
import { weekKeyStart, type DayKey, type WeekKey } from '../../lib/domain/days';
import { commitmentsBetween } from '../../lib/store/db/commitments';
import { activeGoals } from '../../lib/store/db/goals';
import { daysOffFrom } from '../../lib/store/db/days-off';
import { reviewsBetween } from '../../lib/store/db/reviews';
import { getVision } from '../../lib/store/db/vision';
import { getWeeklyReview, saveWeeklyReview, type WeeklyAnswers } from '../../lib/store/db/weekly-reviews';
import { describeError } from '../../lib/domain/errors';
import { formatDayShort } from '../../lib/domain/format';
import { weekByDay } from '../../lib/domain/insights/week-days';
import { weekSummary } from '../../lib/domain/insights/week-summary';
import { isLastWeek, weekDays } from '../../lib/domain/zoom-out-week';
import { obstacleLabel } from '../../lib/domain/obstacles';
import { LIMITS } from '../../lib/domain/validation';
import { i18n, intlLocale } from '../../lib/i18n';
import { TextField } from '../TextField';
import { useFieldAutosave } from '../use-field-autosave';
import { adoptLegacyWeeklyDraft } from './review-drafts';
import { GoalRatings } from './GoalRatings';
import { WeekNotes, WeekWellbeing } from './WeekByDay';
import { WeekVision } from './WeekVision';
import { useToday } from '../use-today';
import { tellWorkerReviewed } from '../tell-worker';
import './review.css';

async function loadWeek(week: WeekKey, today: DayKey) {
  const { monday, sunday } = weekDays(week)!;
  const [commitments, reviews, saved, vision, goals, daysOff] = await Promise.all([
    commitmentsBetween(monday, sunday),
    reviewsBetween(monday, sunday),
    getWeeklyReview(week),
    getVision(),
    activeGoals(),
    daysOffFrom(monday),
  ]);
  return {
    monday,
    sunday,
    summary: weekSummary(commitments, reviews, today),
    days: weekByDay(monday, reviews, today, daysOff),
    saved: saved ?? null,
    vision,
    goals,
  };
}

/**
 * The weekly zoom-out, a bird's eye view: the vision, each active goal rated for the week, the
 * week's completion and obstacles, energy and stress day by day, the daily notes; then wins,
 * patterns and next week's focus.
 */
export function WeeklyReview({ week }: { week: WeekKey }) {
  const today = useToday();
  const { t } = useTranslation('review', { i18n });
  const data = useLiveQuery(
    () => (weekKeyStart(week) ? loadWeek(week, today) : Promise.resolve(null)),
    [week, today],
  );
  if (data === undefined) return null;
  if (data === null) {
    return (
      <p className="error" role="alert">
        {t('weekly.notAWeek', { week })}
      </p>
    );
  }
  return <WeeklyForm key={week} week={week} {...data} />;
}

function WeeklyForm(props: { week: WeekKey } & Awaited<ReturnType<typeof loadWeek>>) {
  const id = useId();
  const today = useToday();
  const { t } = useTranslation('review', { i18n });
  const stored: WeeklyAnswers = {
    wins: props.saved?.wins ?? '',
    patterns: props.saved?.patterns ?? '',
    nextWeekFocus: props.saved?.nextWeekFocus ?? '',
  };
  const draftKey = `weekly.${props.week}`;
  // A draft kept by an older Flourish (the three answers in one) is taken over field by field.
  useState(() => adoptLegacyWeeklyDraft(draftKey, stored));
  // Each answer saves itself: kept synchronously on every keystroke and saved when typing stops, the
  // page is hidden or closed, so a popup closed mid-sentence loses nothing; only changed answers go.
  const save = useCallback(
    (changes: Partial<WeeklyAnswers>) => saveWeeklyReview(props.week, changes, false),
    [props.week],
  );
  const fields = useFieldAutosave(draftKey, stored, save);
  const answers = fields.values;
  // What the status line says, looked up as it is shown.
  const [status, setStatus] = useState<'saved' | 'weeklySaved' | null>(
    props.saved?.completedAt ? 'saved' : null,
  );
  const [error, setError] = useState('');

  function change(field: keyof WeeklyAnswers, text: string) {
    fields.change(field, text);
    setStatus(null);
  }

  async function finish() {
    try {
      const unsaved = await fields.flush();
      if (unsaved !== null) {
        setError(t('weekly.unsaved', { reason: unsaved }));
        return;
      }
      await saveWeeklyReview(props.week, {}, true);
      fields.settle();
      setError('');
      setStatus('weeklySaved');
      tellWorkerReviewed();
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  const { summary } = props;
  const unnamed = summary.missed - summary.obstacles.reduce((sum, o) => sum + o.count, 0);
  const shownError = error || fields.error;
  const percent = new Intl.NumberFormat(intlLocale(), { style: 'percent' });
  // Reviewed early in the week after it (lib/domain/zoom-out-week), "next week" is the one under way.
  const thisWeek = isLastWeek(props.week, today);
  const field = (key: keyof WeeklyAnswers, label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      multiline
      rows={3}
      maxLength={LIMITS.statement}
      value={answers[key]}
      onChange={(text) => change(key, text)}
    />
  );

  return (
    <div className="weekly-review">
      <h1 className="review-title">{t('weekly.title')}</h1>
      <p className="review-progress">
        {t('weekly.range', { from: formatDayShort(props.monday), to: formatDayShort(props.sunday) })}
      </p>
      <section aria-labelledby={`${id}-vision`}>
        <h2 id={`${id}-vision`}>{t('weekly.vision')}</h2>
        <WeekVision vision={props.vision} />
      </section>
      <section aria-labelledby={`${id}-goals`}>
        <h2 id={`${id}-goals`}>{t('weekly.goals')}</h2>
        <GoalRatings week={props.week} goals={props.goals} ratings={props.saved?.goalRatings ?? []} />
      </section>
      <section aria-labelledby={`${id}-figures`}>
        <h2 id={`${id}-figures`}>{t('weekly.figures')}</h2>
        <div className="week-figures">
          <div className="week-figure">
            <div className="big">
              {summary.completion === null ? '–' : percent.format(summary.completion)}
            </div>
            <div>
              {summary.total === 0
                ? t('weekly.noCommitments')
                : t('weekly.commitmentsDone', { done: summary.done, count: summary.total })}
            </div>
          </div>
          <div className="week-figure">
            <div>{t('weekly.inTheWay')}</div>
            {summary.obstacles.length === 0 ? (
              <p className="hint">
                {summary.missed === 0 ? t('weekly.nothingRecorded') : t('weekly.noObstacleNamed')}
              </p>
            ) : (
              <ul className="obstacle-pattern">
                {summary.obstacles.map((o) => (
                  <li key={o.obstacle}>
                    {t('weekly.stopped', { obstacle: obstacleLabel(o.obstacle), count: o.count })}
                  </li>
                ))}
                {unnamed > 0 && <li className="hint">{t('weekly.unnamed', { count: unnamed })}</li>}
              </ul>
            )}
          </div>
        </div>
      </section>
      <section aria-labelledby={`${id}-days`}>
        <h2 id={`${id}-days`}>{t('weekly.byDay')}</h2>
        <WeekWellbeing days={props.days} />
        <WeekNotes days={props.days} />
      </section>
      <section aria-labelledby={`${id}-write`}>
        <h2 id={`${id}-write`}>{t('weekly.zoomOut')}</h2>
        {field('wins', t('weekly.wins'), t('weekly.winsHint'))}
        {field('patterns', t('weekly.patterns'), t('weekly.patternsHint'))}
        {thisWeek
          ? field('nextWeekFocus', t('weekly.focusThisWeek'), t('weekly.focusThisWeekHint'))
          : field('nextWeekFocus', t('weekly.focusNextWeek'), t('weekly.focusNextWeekHint'))}
        <ErrorAlert error={shownError} />
        <div className="review-nav">
          <button type="button" className="button primary" onClick={() => void finish()}>
            {t('weekly.save')}
          </button>
          <span role="status" className="hint">
            {status === 'saved' && t('weekly.saved')}
            {status === 'weeklySaved' && t('weekly.weeklySaved')}
          </span>
        </div>
      </section>
    </div>
  );
}
