import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isPeriodId } from '../../lib/domain/insights/period';
import { t } from '../../lib/i18n';
import { GoalsEditor } from './foundation/GoalsEditor';
import { NameFields } from './foundation/NameFields';
import { PurposeEditor } from './foundation/PurposeEditor';
import { StrengthsEditor } from './foundation/StrengthsEditor';
import { ValuesEditor } from './foundation/ValuesEditor';
import { VisionBoard } from './foundation/VisionBoard';
import { VisionEditor } from './foundation/VisionEditor';
import { RecurringEditor } from './planning/RecurringEditor';
import { SettingsEditor } from './planning/SettingsEditor';
import { SyncSection } from './planning/SyncSection';
import type { SectionId } from './router';

// Insights bring the charting library: they load only when opened, never with the rest of options.
const InsightsPage = lazy(() => import('./insights/InsightsPage'));
const SummaryPage = lazy(() => import('./summary/SummaryPage'));
const PrepPage = lazy(() => import('./prep/PrepPage'));
const DataPage = lazy(() => import('./data/DataPage'));
const CoachingPage = lazy(() => import('./coaching/CoachingPage'));

function Loading() {
  const { t } = useTranslation('options');
  return (
    <p className="hint" role="status">
      {t('loading')}
    </p>
  );
}

/** Each options section: a line of introduction and its content (`param` is the rest of the URL). */
export const SECTION_PAGES: Record<SectionId, { intro: () => string; body: (param?: string) => ReactNode }> =
  {
    purpose: {
      intro: () => t('options:intros.purpose'),
      body: () => (
        <>
          <PurposeEditor />
          <NameFields />
        </>
      ),
    },
    values: { intro: () => t('options:intros.values'), body: () => <ValuesEditor /> },
    strengths: {
      intro: () => t('options:intros.strengths'),
      body: () => <StrengthsEditor />,
    },
    vision: {
      intro: () => t('options:intros.vision'),
      body: () => (
        <>
          <VisionEditor />
          <VisionBoard />
        </>
      ),
    },
    goals: { intro: () => t('options:intros.goals'), body: () => <GoalsEditor /> },
    recurring: {
      intro: () => t('options:intros.recurring'),
      body: () => <RecurringEditor />,
    },
    coaching: {
      intro: () => t('options:intros.coaching'),
      body: () => (
        <Suspense fallback={<Loading />}>
          <CoachingPage />
        </Suspense>
      ),
    },
    prep: {
      intro: () => t('options:intros.prep'),
      body: () => (
        <Suspense fallback={<Loading />}>
          <PrepPage />
        </Suspense>
      ),
    },
    insights: {
      intro: () => t('options:intros.insights'),
      body: (param) => (
        <Suspense fallback={<Loading />}>
          <InsightsPage period={param && isPeriodId(param) ? param : '4w'} />
        </Suspense>
      ),
    },
    summary: {
      intro: () => t('options:intros.summary'),
      body: () => (
        <Suspense fallback={<Loading />}>
          <SummaryPage />
        </Suspense>
      ),
    },
    settings: {
      intro: () => t('options:intros.settings'),
      body: () => (
        <>
          <SettingsEditor />
          <SyncSection />
        </>
      ),
    },
    data: {
      intro: () => t('options:intros.data'),
      body: () => (
        <Suspense fallback={<Loading />}>
          <DataPage />
        </Suspense>
      ),
    },
  };

/** The sidebar, in groups; each label is read when drawn, in the language in force. */
export const NAV_GROUPS: { id: string; label: () => string; sections: SectionId[] }[] = [
  {
    id: 'foundation',
    label: () => t('options:groups.foundation'),
    sections: ['purpose', 'values', 'strengths', 'vision', 'goals'],
  },
  { id: 'plan', label: () => t('options:groups.plan'), sections: ['recurring'] },
  {
    id: 'reflect',
    label: () => t('options:groups.reflect'),
    sections: ['coaching', 'prep', 'insights', 'summary'],
  },
  { id: 'flourish', label: () => t('options:groups.flourish'), sections: ['settings', 'data'] },
];
