import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { CommitmentChecklist } from '../../components/CommitmentChecklist';
import { useObjectUrl } from '../../components/use-object-url';
import { useToday } from '../../components/use-today';
import { daysBetween } from '../../lib/days';
import { commitmentsForDay } from '../../lib/db/commitments';
import { getProfile } from '../../lib/db/profile';
import { getVision } from '../../lib/db/vision';
import { visionImagesInOrder } from '../../lib/db/vision-images';
import { formatDayLong, formatProgress } from '../../lib/format';
import { pickForDay } from '../../lib/list';

export default function App() {
  const day = useToday();
  const vision = useLiveQuery(() => getVision().then((v) => v ?? null), []);
  const profile = useLiveQuery(() => getProfile().then((p) => p ?? null), []);
  const images = useLiveQuery(visionImagesInOrder, []);
  const commitments = useLiveQuery(() => commitmentsForDay(day), [day]);
  const image = images && pickForDay(images, daysBetween('1970-01-01', day));
  const imageUrl = useObjectUrl(image?.blob);
  if (vision === undefined || profile === undefined) return null;

  const done = commitments?.filter((c) => c.status === 'done').length ?? 0;
  const counted = commitments?.filter((c) => c.status !== 'dropped').length ?? 0;
  const hasVision = Boolean(vision?.statement);

  return (
    <main className={`newtab${imageUrl ? ' has-image' : ''}`}>
      <section className="vision" aria-labelledby="vision-heading">
        <h1 id="vision-heading" className="eyebrow">
          My vision
        </h1>
        {hasVision ? (
          <>
            <p className="vision-statement">{vision!.statement}</p>
            {(vision!.looksLike || vision!.feelsLike) && (
              <dl className="look-and-feel">
                {vision!.looksLike && (
                  <div>
                    <dt>How it looks</dt>
                    <dd>{vision!.looksLike}</dd>
                  </div>
                )}
                {vision!.feelsLike && (
                  <div>
                    <dt>How it feels</dt>
                    <dd>{vision!.feelsLike}</dd>
                  </div>
                )}
              </dl>
            )}
          </>
        ) : (
          <div className="first-run">
            <p className="vision-statement">Welcome to Flourish.</p>
            <p>
              Write the vision you are working towards, and it will greet you here in every new tab.{' '}
              <a href={browser.runtime.getURL('/options.html#/setup')}>Set up Flourish</a>
            </p>
          </div>
        )}
      </section>

      {imageUrl && (
        <figure className="vision-image">
          <img src={imageUrl} alt={image?.caption || 'A picture from my vision board'} />
          {image?.caption && <figcaption>{image.caption}</figcaption>}
        </figure>
      )}

      <section className="today" aria-labelledby="today-heading">
        <h2 id="today-heading">
          Today <span className="hint">{formatDayLong(day)}</span>
        </h2>
        {counted > 0 && <p className="progress">{formatProgress(done, counted)}</p>}
        {commitments && commitments.length > 0 ? (
          <CommitmentChecklist commitments={commitments} label="Today’s commitments" />
        ) : (
          <p className="hint">No commitments yet today. Open Flourish from the toolbar to add one.</p>
        )}
      </section>

      {profile && (profile.purpose || profile.values.length > 0) && (
        <footer className="foundation">
          {profile.purpose && (
            <p className="purpose">
              <span className="label">Purpose</span> {profile.purpose}
            </p>
          )}
          {profile.values.length > 0 && (
            <p className="values">
              <span className="label">Values</span>{' '}
              <span className="value-list">
                {profile.values.map((value) => (
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
