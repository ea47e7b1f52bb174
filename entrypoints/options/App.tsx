import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { UndoProvider } from '../../components/UndoProvider';
import { useSetup } from '../../components/use-storage-items';
import { BackupReminder } from './data/BackupReminder';
import { PageHeading } from './PageHeading';
import { SECTIONS, hrefOf, redirect, useHashRoute } from './router';
import { NAV_GROUPS, SECTION_PAGES } from './sections';
import { SetupFlow } from './setup/SetupFlow';

const titleOf = (id: string) => SECTIONS.find((s) => s.id === id)!.title;

export default function App() {
  const { t } = useTranslation('options');
  const route = useHashRoute();
  const setup = useSetup();

  const title = route.kind === 'section' ? titleOf(route.section) : route.kind === 'setup' ? t('setup') : '';
  const documentTitle = title ? t('documentTitle', { title }) : t('brand');
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

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
            <span className="brand">{t('brand')}</span>
            {/* At the end, setup is left by its own buttons: leaving is no longer a way out. */}
            {route.step !== 'done' && <a href="#/vision">{t('leaveSetup')}</a>}
          </header>
          <main id="main">
            <ErrorBoundary scope="section" heading={t('setupFailed')} resetKeys={[hrefOf(route)]}>
              <SetupFlow step={route.step!} />
            </ErrorBoundary>
          </main>
        </div>
      ) : (
        <div className="layout">
          <nav className="sidebar" aria-label={t('nav')}>
            <p className="brand">{t('brand')}</p>
            {NAV_GROUPS.map((group) => (
              <div key={group.id}>
                <p className="nav-group">{group.label()}</p>
                <ul>
                  {group.sections.map((id) => (
                    <li key={id}>
                      <a href={`#/${id}`} aria-current={route.section === id ? 'page' : undefined}>
                        {titleOf(id)}
                      </a>
                    </li>
                  ))}
                  {group.id === 'flourish' && (
                    <li>
                      <a href="#/setup/welcome">{t('runSetupAgain')}</a>
                    </li>
                  )}
                </ul>
              </div>
            ))}
          </nav>
          <main id="main" className="section-page">
            {/* A section that fails to draw takes only itself down: the sidebar stays, and going to
                another section (or reloading this one) draws it afresh. */}
            <ErrorBoundary
              scope="section"
              heading={t('sectionFailed', { title: titleOf(route.section) })}
              resetKeys={[hrefOf(route)]}
            >
              <BackupReminder />
              <PageHeading focusKey={route.section}>{titleOf(route.section)}</PageHeading>
              <p className="intro">{SECTION_PAGES[route.section].intro()}</p>
              {SECTION_PAGES[route.section].body(route.param)}
            </ErrorBoundary>
          </main>
        </div>
      )}
    </UndoProvider>
  );
}
