import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useToday } from '../../../components/use-today';
import { addDays, isoWeekKey } from '../../../lib/domain/days';
import { commitmentsBetween } from '../../../lib/store/db/commitments';
import { reviewsBetween } from '../../../lib/store/db/reviews';
import { weeklyReviewsBetween } from '../../../lib/store/db/weekly-reviews';
import { goalsInOrder } from '../../../lib/store/db/goals';
import { getProfile } from '../../../lib/store/db/profile';
import { getVision } from '../../../lib/store/db/vision';
import { getRankings } from '../../../lib/store/db/strengths';
import { lastSessionOnOrBefore } from '../../../lib/store/db/sessions';
import { formatDayShort } from '../../../lib/domain/format';
import { buildSummary } from '../../../lib/domain/coach-summary/build';
import {
  SUMMARY_SECTIONS,
  type SummaryDocument,
  type SummarySectionId,
} from '../../../lib/domain/coach-summary/document';
import { summaryMarkdown } from '../../../lib/domain/coach-summary/markdown';
import { EARLIEST_SUMMARY_DAY, periodProblem } from '../../../lib/domain/coach-summary/period';
import './summary.css';

async function loadSummaryData(from: string, to: string) {
  const [profile, vision, goals, strengths, commitments, reviews, weeklyReviews] = await Promise.all([
    getProfile(),
    getVision(),
    goalsInOrder(),
    getRankings(),
    commitmentsBetween(from, to),
    reviewsBetween(from, to),
    weeklyReviewsBetween(isoWeekKey(from), isoWeekKey(to)),
  ]);
  return { from, to, profile, vision, goals, strengths, commitments, reviews, weeklyReviews };
}

/** Downloads text as a file through a Blob link: no downloads permission needed. */
function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The coach summary: pick a period and sections, preview, then copy, download or print it. The
 * period starts at the last session when there is one (else a week back), once that is read.
 */
export default function SummaryPage() {
  const today = useToday();
  const lastSession = useLiveQuery(async () => (await lastSessionOnOrBefore(today)) ?? null, [today]);
  if (lastSession === undefined) return null;
  return <SummaryForm today={today} sessionDay={lastSession?.day ?? null} />;
}

function SummaryForm({ today, sessionDay }: { today: string; sessionDay: string | null }) {
  const { t } = useTranslation('summary');
  const id = useId();
  const [from, setFrom] = useState(() => sessionDay ?? addDays(today, -6));
  const [to, setTo] = useState(today);
  const [includeReflections, setIncludeReflections] = useState(false);
  const [chosen, setChosen] = useState<Set<SummarySectionId>>(
    () => new Set(SUMMARY_SECTIONS.map((s) => s.id)),
  );
  const [status, setStatus] = useState('');

  const problem = periodProblem(from, to);
  const loaded = useLiveQuery(
    () => (problem ? Promise.resolve(null) : loadSummaryData(from, to)),
    [from, to, problem],
  );
  // Until the new period's rows arrive, useLiveQuery still returns the previous period's: build only
  // from rows read for the dates now in the fields (a summary of other dates must never show).
  const data = !problem && loaded?.from === from && loaded.to === to ? loaded : null;
  // Built at each render, so a change of language (which re-renders) rewrites the document's words.
  const doc = data ? buildSummary({ ...data, today, includeReflections }, chosen) : null;
  const markdown = doc ? summaryMarkdown(doc) : '';

  async function copy() {
    try {
      await navigator.clipboard.writeText(markdown);
      setStatus(t('page.copied'));
    } catch {
      setStatus(t('page.copyRefused'));
    }
  }

  return (
    <div className="summary-page">
      <div className="summary-controls">
        <p className="intro-note">{t('page.intro')}</p>
        <fieldset>
          <legend>{t('page.period')}</legend>
          {sessionDay && (
            <p className="hint">{t('page.startsAtSession', { day: formatDayShort(sessionDay) })}</p>
          )}
          <div className="date-range">
            <label htmlFor={`${id}-from`}>{t('page.from')}</label>
            <input
              id={`${id}-from`}
              type="date"
              className="input"
              value={from}
              min={EARLIEST_SUMMARY_DAY}
              max={today}
              onChange={(event) => setFrom(event.target.value)}
            />
            <label htmlFor={`${id}-to`}>{t('page.to')}</label>
            <input
              id={`${id}-to`}
              type="date"
              className="input"
              value={to}
              min={EARLIEST_SUMMARY_DAY}
              max={today}
              onChange={(event) => setTo(event.target.value)}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('page.include')}</legend>
          <div className="section-picks">
            {SUMMARY_SECTIONS.map((section) => (
              <label key={section.id} className="check">
                <input
                  type="checkbox"
                  checked={chosen.has(section.id)}
                  onChange={(event) => {
                    const next = new Set(chosen);
                    if (event.target.checked) next.add(section.id);
                    else next.delete(section.id);
                    setChosen(next);
                  }}
                />
                {section.label}
              </label>
            ))}
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={includeReflections}
              onChange={(event) => setIncludeReflections(event.target.checked)}
            />
            {t('page.includeReflections')}
          </label>
        </fieldset>
        <ErrorAlert error={problem} />
        <div className="summary-actions">
          <button type="button" className="button primary" disabled={!doc} onClick={() => void copy()}>
            {t('page.copy')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!doc}
            onClick={() => download(markdown, `flourish-summary-${from}-to-${to}.md`)}
          >
            {t('page.download')}
          </button>
          <button type="button" className="button" disabled={!doc} onClick={() => window.print()}>
            {t('page.print')}
          </button>
        </div>
        <p className="hint" role="status">
          {status}
        </p>
        <h2 className="preview-heading">{t('page.preview')}</h2>
      </div>
      {doc && <SummaryPreview doc={doc} />}
    </div>
  );
}

function SummaryPreview({ doc }: { doc: SummaryDocument }) {
  const { t } = useTranslation('summary');
  return (
    <article className="summary-document" aria-label={t('page.previewLabel')}>
      <h2 className="summary-title">{doc.title}</h2>
      <p className="summary-subtitle">{doc.subtitle}</p>
      {doc.sections.map((section) => (
        <section key={section.id}>
          <h3>{section.heading}</h3>
          {section.blocks.map((block, index) => {
            if (block.type === 'paragraph') return <p key={index}>{block.text}</p>;
            if (block.type === 'list') {
              return (
                <ul key={index}>
                  {block.items.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              );
            }
            return (
              <p key={index} className="labelled">
                <strong>
                  {block.label}
                  {block.text && ':'}
                </strong>{' '}
                {block.text}
              </p>
            );
          })}
        </section>
      ))}
      <p className="summary-footer">{t('page.footer')}</p>
    </article>
  );
}
