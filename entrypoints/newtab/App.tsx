import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { AddItemForm } from '../../components/AddItemForm';
import { CommitmentChecklist } from '../../components/CommitmentChecklist';
import { ReviewDue } from '../../components/ReviewDue';
import { useDayCommitments } from '../../components/use-day-commitments';
import { usePromptState, useSettings } from '../../components/use-storage-items';
import { useNow } from '../../components/use-today';
import { localTimeZone } from '../../lib/platform/clock';
import { dayKey } from '../../lib/domain/days';
import type { HorizonChoice as Choice } from '../../lib/domain/horizons';
import { addCommitment } from '../../lib/store/db/commitments';
import { visionImagesInOrder } from '../../lib/store/db/vision-images';
import { dayNumber, pickForDay } from '../../lib/domain/item-of-the-day';
import type { FirstPaint } from '../../lib/domain/newtab-snapshot';
import { DEFAULT_SETTINGS } from '../../lib/domain/settings';
import { loadSnapshot } from '../../lib/store/snapshot-source';
import { reusableSmallCopy } from '../../lib/store/small-picture';
import { reviewContext } from '../../lib/store/waiting-reviews';
import { LIMITS } from '../../lib/domain/validation';
import { HorizonChoice, HorizonLine } from './HorizonChoice';
import { NewTabSide } from './NewTabSide';
import { VisionPicture } from './VisionPicture';
import { newTabView } from './view';

/** Element Timing marks (read by `npm run bench`); spread because React's types do not list the attribute. */
const timing = (name: string) => ({ elementtiming: name }) as Record<string, string>;

export default function App({ snapshot }: { snapshot: FirstPaint | null }) {
  const { t } = useTranslation('newtab');
  const now = useNow();
  const timeZone = localTimeZone();
  const day = dayKey(now, timeZone);
  const settings = useSettings();
  const promptState = usePromptState();
  // The horizon just chosen here, shown before the setting is saved and read back.
  const [chosen, setChosen] = useState<Choice>();
  const stored = settings && (settings.newTabHorizon ?? DEFAULT_SETTINGS.newTabHorizon!);
  // Until the database answers, show exactly what the first paint showed.
  const live = useLiveQuery(
    () =>
      settings && promptState && stored
        ? loadSnapshot(reviewContext(settings, promptState, timeZone, now), stored)
        : undefined,
    [settings, promptState, timeZone, now, stored],
  );
  const commitments = useDayCommitments(day);
  const images = useLiveQuery(visionImagesInOrder, []);
  const image = images && pickForDay(images, dayNumber(day));
  const title = t('title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  const data = live ?? snapshot;
  if (!data) return null;
  const view = newTabView(day, { ...data, horizonChoice: chosen ?? data.horizonChoice });
  // Until the database answers, the snapshot's list: ticking it already writes to the database.
  const today = commitments ? commitments.filter((c) => c.status !== 'dropped') : view.commitments;
  const labels = new Map(view.commitments?.map((c) => [c.id, c] as const));
  const showImage = Boolean(view.image || image);

  return (
    <main className={`newtab${showImage ? ' has-image' : ''}`}>
      <ReviewDue pending={view.pendingReviews} today={day} open={(d) => ({ href: `review.html?day=${d}` })} />
      <div className="newtab-focus">
        <section className="vision" aria-labelledby="vision-heading">
          <div className="vision-head">
            <h1 id="vision-heading" className="eyebrow">
              {t('vision.heading')}
            </h1>
            {view.horizon && <HorizonChoice horizon={view.horizon} onChoose={setChosen} />}
          </div>
          {view.vision ? (
            view.vision.statement && (
              <p className={view.statementClass} {...timing('vision')}>
                {view.vision.statement}
              </p>
            )
          ) : (
            <div className="first-run">
              <p className="vision-statement" {...timing('vision')}>
                {t('firstRun.welcome')}
              </p>
              <p>
                {t('firstRun.invite')}{' '}
                <a href={browser.runtime.getURL('/options.html#/setup')}>{t('firstRun.setUp')}</a>
              </p>
            </div>
          )}
          {view.horizon && <HorizonLine horizon={view.horizon} />}
        </section>

        <section className="today" aria-labelledby="today-heading">
          <h2 id="today-heading">
            {t('today.heading')} <span className="hint">{view.dateText}</span>
          </h2>
          {view.dayOffText ? (
            <p className="day-off-note">{view.dayOffText}</p>
          ) : (
            view.progressText && <p className="progress">{view.progressText}</p>
          )}
          {today && today.length > 0 && (
            <CommitmentChecklist
              commitments={today}
              label={t('today.list')}
              timing="today"
              tags={(id) => labels.get(id)}
            />
          )}
          {commitments && (
            <QuickAdd
              day={day}
              // On a day off the field is there for whoever wants it, but asks for nothing.
              empty={!view.dayOffText && !commitments.some((c) => c.status !== 'dropped')}
            />
          )}
        </section>
      </div>

      <NewTabSide view={view} day={day}>
        {showImage && (
          <VisionPicture
            shown={view.image}
            stored={image}
            small={reusableSmallCopy(view.image, snapshot?.image)}
          />
        )}
      </NewTabSide>
    </main>
  );
}

/** Adds a commitment to today straight from the new tab. */
function QuickAdd({ day, empty }: { day: string; empty: boolean }) {
  const { t } = useTranslation('newtab');
  return (
    <AddItemForm
      id="quick-add"
      className="quick-add"
      label={empty ? t('quickAdd.first') : t('quickAdd.more')}
      maxLength={LIMITS.commitmentTitle}
      placeholder={t('quickAdd.placeholder')}
      onAdd={(text) => addCommitment(day, text)}
      failure={t('quickAdd.failed')}
    />
  );
}
