import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { CommitmentChecklist } from '../../components/CommitmentChecklist';
import { useToday } from '../../components/use-today';
import { commitmentsForDay } from '../../lib/db/commitments';
import { getVision } from '../../lib/db/vision';
import { formatDayLong, formatProgress } from '../../lib/format';

export default function App() {
  const day = useToday();
  const vision = useLiveQuery(() => getVision().then((v) => v ?? null), []);
  const commitments = useLiveQuery(() => commitmentsForDay(day), [day]);
  if (vision === undefined) return null;

  const done = commitments?.filter((c) => c.status === 'done').length ?? 0;
  const counted = commitments?.filter((c) => c.status !== 'dropped').length ?? 0;

  return (
    <main className="newtab">
      <section className="vision" aria-labelledby="vision-heading">
        <h1 id="vision-heading" className="visually-hidden">
          My vision
        </h1>
        {vision?.statement ? (
          <p className="vision-statement">{vision.statement}</p>
        ) : (
          <div className="first-run">
            <p className="vision-statement">Welcome to Flourish.</p>
            <p>
              Write the vision you are working towards, and it will greet you here in every new tab.{' '}
              <a href={browser.runtime.getURL('/options.html')}>Write your vision</a>
            </p>
          </div>
        )}
      </section>
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
    </main>
  );
}
