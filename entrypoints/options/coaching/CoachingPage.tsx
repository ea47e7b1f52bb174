import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUndo } from '../../../components/UndoProvider';
import { useRunAndReport } from '../../../components/use-run-and-report';
import { today } from '../../../lib/platform/clock';
import { formatDayLong } from '../../../lib/domain/format';
import { questionsInOrder } from '../../../lib/store/db/questions';
import {
  addSession,
  deleteSession,
  restoreSession,
  sessionsNewestFirst,
} from '../../../lib/store/db/sessions';
import type { CoachQuestion, CoachingSession } from '../../../lib/domain/types';
import { QuestionList } from './QuestionList';
import { SessionEditor } from './SessionEditor';
import './coaching.css';

/**
 * Coaching sessions, newest first: the most recent (or the one just recorded) open for editing, the
 * older ones folded; and the questions the leader wants to bring to the next one.
 */
export default function CoachingPage() {
  const { t } = useTranslation('coaching');
  const sessions = useLiveQuery(sessionsNewestFirst, []);
  const questions = useLiveQuery(questionsInOrder, []);
  const offerUndo = useUndo();
  const { error, run } = useRunAndReport();
  // A session recorded here stays open while its date is set, even to a day before an older one's.
  const [recorded, setRecorded] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  if (!sessions || !questions) return null;

  const open = sessions.find((s) => s.id === recorded) ?? sessions[0];
  const earlier = sessions.filter((s) => s !== open);

  async function record() {
    await run(async () => setRecorded((await addSession({ day: today() })).id), t('page.recordFailed'));
  }

  async function remove(session: CoachingSession) {
    if (!(await run(() => deleteSession(session.id)))) return;
    heading.current?.focus();
    offerUndo(t('page.deleted', { day: formatDayLong(session.day) }), () => restoreSession(session));
  }

  return (
    <div className="coaching">
      <div className="coaching-record">
        <h2 ref={heading} tabIndex={-1}>
          {t('page.sessions')}
        </h2>
        <button type="button" className="button primary" onClick={() => void record()}>
          {sessions.length === 0 ? t('page.record') : t('page.recordNew')}
        </button>
      </div>
      <ErrorAlert error={error} />
      {open ? (
        <SessionEditor session={open} questions={questions} onDelete={() => void remove(open)} />
      ) : (
        <p className="hint coaching-empty">{t('page.empty')}</p>
      )}
      {earlier.length > 0 && (
        <>
          <h2>{t('page.earlier')}</h2>
          <ul className="plain-list earlier-sessions">
            {earlier.map((session) => (
              <li key={session.id}>
                <EarlierSession
                  session={session}
                  questions={questions}
                  onDelete={() => void remove(session)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <QuestionList questions={questions} />
    </div>
  );
}

/** A folded session: its editor is made only once it is unfolded (years of sessions stay light). */
function EarlierSession(props: {
  session: CoachingSession;
  questions: CoachQuestion[];
  onDelete: () => void;
}) {
  const { t } = useTranslation('coaching');
  const [open, setOpen] = useState(false);
  const { session } = props;
  return (
    <details className="earlier-session" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {formatDayLong(session.day)}
        <span className="hint"> · {t('page.agreements', { count: session.agreements.length })}</span>
      </summary>
      {open && <SessionEditor {...props} />}
    </details>
  );
}
