import { useEffect, type ReactNode } from 'react';
import { UndoProvider } from '../../components/UndoProvider';
import { useStorageItem } from '../../components/use-storage-item';
import { setupItem } from '../../lib/setup';
import { GoalsEditor } from './foundation/GoalsEditor';
import { PurposeEditor } from './foundation/PurposeEditor';
import { StrengthsEditor } from './foundation/StrengthsEditor';
import { ValuesEditor } from './foundation/ValuesEditor';
import { VisionBoard } from './foundation/VisionBoard';
import { VisionEditor } from './foundation/VisionEditor';
import { PageHeading } from './PageHeading';
import { RecurringEditor } from './planning/RecurringEditor';
import { SettingsEditor } from './planning/SettingsEditor';
import { SECTIONS, redirect, useHashRoute, type SectionId } from './router';
import { SetupFlow } from './setup/SetupFlow';

const SECTION_PAGES: Record<SectionId, { intro: string; body: () => ReactNode }> = {
  purpose: { intro: 'Why you lead.', body: () => <PurposeEditor /> },
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
  settings: {
    intro: 'When Flourish asks how your day went, and how it reminds you.',
    body: () => <SettingsEditor />,
  },
};

const FOUNDATION: readonly SectionId[] = ['purpose', 'values', 'strengths', 'vision', 'goals'];

export default function App() {
  const route = useHashRoute();
  const setup = useStorageItem(setupItem);

  const title =
    route.kind === 'section'
      ? SECTIONS.find((s) => s.id === route.section)!.title
      : route.kind === 'setup'
        ? 'Setup'
        : '';
  useEffect(() => {
    document.title = title ? `${title} · Flourish` : 'Flourish';
  }, [title]);

  useEffect(() => {
    if (!setup) return;
    if (route.kind === 'home')
      redirect(setup.completedAt ? { kind: 'section', section: 'vision' } : { kind: 'setup', step: null });
    if (route.kind === 'setup' && route.step === null) redirect({ kind: 'setup', step: setup.step });
  }, [route, setup]);

  if (!setup || route.kind === 'home' || (route.kind === 'setup' && route.step === null)) return null;

  return (
    <UndoProvider>
      {route.kind === 'setup' ? (
        <div className="setup-layout">
          <header className="setup-header">
            <span className="brand">Flourish</span>
            <a href="#/vision">Leave setup</a>
          </header>
          <main id="main">
            <SetupFlow step={route.step!} />
          </main>
        </div>
      ) : (
        <div className="layout">
          <nav className="sidebar" aria-label="Sections">
            <p className="brand">Flourish</p>
            <p className="nav-group">Foundation</p>
            <ul>
              {SECTIONS.filter((s) => FOUNDATION.includes(s.id)).map((section) => (
                <li key={section.id}>
                  <a
                    href={`#/${section.id}`}
                    aria-current={route.section === section.id ? 'page' : undefined}
                  >
                    {section.title}
                  </a>
                </li>
              ))}
            </ul>
            <p className="nav-group">Plan</p>
            <ul>
              <li>
                <a href="#/recurring" aria-current={route.section === 'recurring' ? 'page' : undefined}>
                  Recurring commitments
                </a>
              </li>
            </ul>
            <p className="nav-group">Flourish</p>
            <ul>
              <li>
                <a href="#/settings" aria-current={route.section === 'settings' ? 'page' : undefined}>
                  Settings
                </a>
              </li>
              <li>
                <a href="#/setup/welcome">Run setup again</a>
              </li>
            </ul>
          </nav>
          <main id="main" className="section-page">
            <PageHeading focusKey={route.section}>
              {SECTIONS.find((s) => s.id === route.section)!.title}
            </PageHeading>
            <p className="intro">{SECTION_PAGES[route.section].intro}</p>
            {SECTION_PAGES[route.section].body()}
          </main>
        </div>
      )}
    </UndoProvider>
  );
}
