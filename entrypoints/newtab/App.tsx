import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { AddItemForm } from '../../components/AddItemForm';
import { CommitmentChecklist } from '../../components/CommitmentChecklist';
import { ReviewDue } from '../../components/ReviewDue';
import { useDayCommitments } from '../../components/use-day-commitments';
import { useObjectUrl } from '../../components/use-object-url';
import { usePromptState, useSettings } from '../../components/use-storage-items';
import { useNow } from '../../components/use-today';
import { localTimeZone } from '../../lib/platform/clock';
import { dayKey } from '../../lib/domain/days';
import { addCommitment } from '../../lib/store/db/commitments';
import { visionImagesInOrder } from '../../lib/store/db/vision-images';
import { dayNumber, pickForDay } from '../../lib/domain/item-of-the-day';
import type { FirstPaint } from '../../lib/domain/newtab-snapshot';
import { loadSnapshot } from '../../lib/store/snapshot-source';
import { reviewContext } from '../../lib/store/waiting-reviews';
import { LIMITS } from '../../lib/domain/validation';
import { newTabView } from './view';

/** Element Timing marks (read by `npm run bench`); spread because React's types do not list the attribute. */
const timing = (name: string) => ({ elementtiming: name }) as Record<string, string>;

export default function App({ snapshot }: { snapshot: FirstPaint | null }) {
  const now = useNow();
  const timeZone = localTimeZone();
  const day = dayKey(now, timeZone);
  const settings = useSettings();
  const promptState = usePromptState();
  // Until the database answers, show exactly what the first paint showed.
  const live = useLiveQuery(
    () =>
      settings && promptState ? loadSnapshot(reviewContext(settings, promptState, timeZone, now)) : undefined,
    [settings, promptState, timeZone, now],
  );
  const commitments = useDayCommitments(day);
  const images = useLiveQuery(visionImagesInOrder, []);
  const image = images && pickForDay(images, dayNumber(day));
  const imageUrl = useObjectUrl(image?.blob);

  const data = live ?? snapshot;
  if (!data) return null;
  const view = newTabView(day, data);
  // Until the database answers, the snapshot's list: ticking it already writes to the database.
  const today = commitments ? commitments.filter((c) => c.status !== 'dropped') : view.commitments;
  const showImage = Boolean(view.image || imageUrl);

  return (
    <main className={`newtab${showImage ? ' has-image' : ''}`}>
      <ReviewDue pending={view.pendingReviews} today={day} open={(d) => ({ href: `review.html?day=${d}` })} />
      <section className="vision" aria-labelledby="vision-heading">
        <h1 id="vision-heading" className="eyebrow">
          My vision
        </h1>
        {view.vision ? (
          <>
            {view.vision.statement && (
              <p className={view.statementClass} {...timing('vision')}>
                {view.vision.statement}
              </p>
            )}
            {(view.vision.looksLike || view.vision.feelsLike) && (
              <dl className="look-and-feel">
                {view.vision.looksLike && (
                  <div>
                    <dt>How it looks</dt>
                    <dd>{view.vision.looksLike}</dd>
                  </div>
                )}
                {view.vision.feelsLike && (
                  <div>
                    <dt>How it feels</dt>
                    <dd>{view.vision.feelsLike}</dd>
                  </div>
                )}
              </dl>
            )}
          </>
        ) : (
          <div className="first-run">
            <p className="vision-statement" {...timing('vision')}>
              Welcome to Flourish.
            </p>
            <p>
              Write the vision you are working towards, and it will greet you here in every new tab.{' '}
              <a href={browser.runtime.getURL('/options.html#/setup')}>Set up Flourish</a>
            </p>
          </div>
        )}
      </section>

      {showImage && (
        <figure className="vision-image">
          <div
            className="image-frame"
            style={view.image ? { aspectRatio: `${view.image.width} / ${view.image.height}` } : undefined}
          >
            {imageUrl && (
              <img
                src={imageUrl}
                alt={image?.caption || 'A picture from my vision board'}
                {...timing('picture')}
              />
            )}
          </div>
          {image?.caption && <figcaption>{image.caption}</figcaption>}
        </figure>
      )}

      <section className="today" aria-labelledby="today-heading">
        <h2 id="today-heading">
          Today <span className="hint">{view.dateText}</span>
        </h2>
        {view.progressText && <p className="progress">{view.progressText}</p>}
        {today && today.length > 0 && (
          <CommitmentChecklist commitments={today} label="Today’s commitments" timing="today" />
        )}
        {commitments && <QuickAdd day={day} empty={!commitments.some((c) => c.status !== 'dropped')} />}
      </section>

      {view.spotlight && (
        <aside className="spotlight" aria-labelledby="spotlight-heading">
          <h2 id="spotlight-heading" className="eyebrow">
            Strength of the day: {view.spotlight.name}
          </h2>
          <p>{view.spotlight.idea}</p>
        </aside>
      )}

      {(view.purpose || view.values.length > 0) && (
        <footer className="foundation">
          {view.purpose && (
            <p className="purpose">
              <span className="label">Purpose</span> {view.purpose}
            </p>
          )}
          {view.values.length > 0 && (
            <p className="values">
              <span className="label">Values</span>{' '}
              <span className="value-list">
                {view.values.map((value) => (
                  <span key={value}>{value}</span>
                ))}
              </span>
            </p>
          )}
        </footer>
      )}
    </main>
  );
}

/** Adds a commitment to today straight from the new tab. */
function QuickAdd({ day, empty }: { day: string; empty: boolean }) {
  return (
    <AddItemForm
      id="quick-add"
      className="quick-add"
      label={empty ? 'What will you commit to today?' : 'Add a commitment'}
      maxLength={LIMITS.commitmentTitle}
      placeholder="Type and press Enter"
      onAdd={(text) => addCommitment(day, text)}
      failure="That commitment could not be saved."
    />
  );
}
