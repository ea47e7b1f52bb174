import { lazy, Suspense, type ReactNode } from 'react';
import { isPeriodId } from '../../lib/domain/insights/period';
import { GoalsEditor } from './foundation/GoalsEditor';
import { NameFields } from './foundation/NameFields';
import { PurposeEditor } from './foundation/PurposeEditor';
import { StrengthsEditor } from './foundation/StrengthsEditor';
import { ValuesEditor } from './foundation/ValuesEditor';
import { VisionBoard } from './foundation/VisionBoard';
import { VisionEditor } from './foundation/VisionEditor';
import { RecurringEditor } from './planning/RecurringEditor';
import { SettingsEditor } from './planning/SettingsEditor';
import type { SectionId } from './router';

// Insights bring the charting library: they load only when opened, never with the rest of options.
const InsightsPage = lazy(() => import('./insights/InsightsPage'));
const SummaryPage = lazy(() => import('./summary/SummaryPage'));
const PrepPage = lazy(() => import('./prep/PrepPage'));
const DataPage = lazy(() => import('./data/DataPage'));
const CoachingPage = lazy(() => import('./coaching/CoachingPage'));

const loading = (
  <p className="hint" role="status">
    Loading…
  </p>
);

/** Each options section: a line of introduction and its content (`param` is the rest of the URL). */
export const SECTION_PAGES: Record<SectionId, { intro: string; body: (param?: string) => ReactNode }> = {
  purpose: {
    intro: 'Why you lead, and the names your summary carries.',
    body: () => (
      <>
        <PurposeEditor />
        <NameFields />
      </>
    ),
  },
  values: { intro: 'Up to seven values, most important first.', body: () => <ValuesEditor /> },
  strengths: {
    intro: 'Your VIA character strengths ranking, with how you use each.',
    body: () => <StrengthsEditor />,
  },
  vision: {
    intro: 'What you want, how it looks and feels, now and in the future.',
    body: () => (
      <>
        <VisionEditor />
        <VisionBoard />
      </>
    ),
  },
  goals: { intro: 'What you want to carry out at work.', body: () => <GoalsEditor /> },
  recurring: {
    intro: 'Commitments that come back on their own: weekly one-to-ones, a Friday pipeline review.',
    body: () => <RecurringEditor />,
  },
  coaching: {
    intro: 'Each coaching session, what you agreed, and the questions you want to bring to the next one.',
    body: () => (
      <Suspense fallback={loading}>
        <CoachingPage />
      </Suspense>
    ),
  },
  prep: {
    intro: 'Everything since your last coaching session, and the questions you want to bring.',
    body: () => (
      <Suspense fallback={loading}>
        <PrepPage />
      </Suspense>
    ),
  },
  insights: {
    intro:
      'The bird’s eye view: is the plan being carried out, what gets in the way, which strengths you use.',
    body: (param) => (
      <Suspense fallback={loading}>
        <InsightsPage period={param && isPeriodId(param) ? param : '4w'} />
      </Suspense>
    ),
  },
  summary: {
    intro: 'What to bring to your next coaching session, for the period and sections you choose.',
    body: () => (
      <Suspense fallback={loading}>
        <SummaryPage />
      </Suspense>
    ),
  },
  settings: {
    intro: 'When Flourish asks how your day went, and how it reminds you.',
    body: () => <SettingsEditor />,
  },
  data: {
    intro: 'Back up, restore, and delete. Everything stays on this device unless you take it elsewhere.',
    body: () => (
      <Suspense fallback={loading}>
        <DataPage />
      </Suspense>
    ),
  },
};

/** The sidebar, in groups. */
export const NAV_GROUPS: { label: string; sections: SectionId[] }[] = [
  { label: 'Foundation', sections: ['purpose', 'values', 'strengths', 'vision', 'goals'] },
  { label: 'Plan', sections: ['recurring'] },
  { label: 'Reflect', sections: ['coaching', 'prep', 'insights', 'summary'] },
  { label: 'Flourish', sections: ['settings', 'data'] },
];
