import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t } from '../../../lib/i18n';
import { getRankings } from '../../../lib/store/db/strengths';
import type { StrengthRanking } from '../../../lib/domain/types';
import { SIGNATURE_COUNT } from '../../../lib/domain/ranking';
import { recordSetupStep } from '../../../lib/store/storage-items';
import { SETUP_STEPS, nextStep, previousStep, type SetupStep } from '../../../lib/domain/setup-steps';
import { GoalsEditor } from '../foundation/GoalsEditor';
import { PurposeEditor } from '../foundation/PurposeEditor';
import { NameFields } from '../foundation/NameFields';
import { ReviewTimeEditor } from '../foundation/ReviewTimeEditor';
import { StrengthsEditor } from '../foundation/StrengthsEditor';
import { ValuesEditor } from '../foundation/ValuesEditor';
import { VisionBoard } from '../foundation/VisionBoard';
import { VisionEditor } from '../foundation/VisionEditor';
import { PageHeading } from '../PageHeading';
import { navigate } from '../router';
import { SetupDone } from './SetupDone';
import { SETUP_TITLES } from './step-titles';
import './setup-flow.css';

interface StepInfo {
  intro?: () => string;
  body: () => ReactNode;
}

/** The welcome: what Flourish does, that it keeps everything here, and how long setup takes. */
function Welcome() {
  const { t } = useTranslation('setup');
  return (
    <div className="welcome">
      <p className="lead">{t('welcome.lead')}</p>
      <ul className="welcome-points">
        <li>{t('welcome.newTab')}</li>
        <li>{t('welcome.toolbar')}</li>
        <li>{t('welcome.review')}</li>
      </ul>
      <p>
        <Trans t={t} i18nKey="welcome.private" components={{ strong: <strong /> }} />
      </p>
      <p className="hint">{t('welcome.time')}</p>
      <p className="hint">
        <Trans t={t} i18nKey="welcome.restore" components={{ restore: <a href="#/data" /> }} />
      </p>
    </div>
  );
}

const STEPS: Record<SetupStep, StepInfo> = {
  welcome: { body: () => <Welcome /> },
  purpose: {
    intro: () => t('setup:intros.purpose'),
    body: () => (
      <>
        <PurposeEditor />
        <NameFields />
      </>
    ),
  },
  values: {
    intro: () => t('setup:intros.values'),
    body: () => <ValuesEditor />,
  },
  strengths: {
    intro: () => t('setup:intros.strengths'),
    body: () => <StrengthsEditor />,
  },
  vision: {
    intro: () => t('setup:intros.vision'),
    body: () => (
      <>
        <VisionEditor />
        <VisionBoard />
      </>
    ),
  },
  goals: {
    intro: () => t('setup:intros.goals'),
    body: () => <GoalsEditor forSetup />,
  },
  'review-time': {
    intro: () => t('setup:intros.reviewTime'),
    body: () => <ReviewTimeEditor />,
  },
  done: {
    body: () => <SetupDone />,
  },
};

/** Content steps, between the welcome and the end, for the "Step 3 of 6" count. */
const CONTENT_STEPS = SETUP_STEPS.filter((step) => step !== 'welcome' && step !== 'done');

/** Which strengths are ranked, in order: a warning about the ranking holds only while this is unchanged. */
const rankingKey = (rankings: readonly StrengthRanking[]) => rankings.map((row) => row.id).join(' ');

/** First-run setup, one step per screen; the current step is remembered so closing the page resumes it. */
export function SetupFlow({ step }: { step: SetupStep }) {
  const { t } = useTranslation('setup');
  const info = STEPS[step];
  const rankings = useLiveQuery(getRankings, []);
  // The ranking the warning was given for: the warning holds only while the ranking is unchanged.
  const [warning, setWarning] = useState<string | null>(null);

  useEffect(() => {
    void recordSetupStep(step);
  }, [step]);

  function go(target: SetupStep) {
    setWarning(null);
    navigate({ kind: 'setup', step: target });
  }

  async function onContinue() {
    if (step === 'strengths') {
      // As stored, not as shown: the strength added a moment ago may not be on screen yet.
      const from = window.location.hash;
      const ranking = await getRankings();
      if (window.location.hash !== from) return; // the user went elsewhere meanwhile
      if (ranking.length < SIGNATURE_COUNT) {
        setWarning(rankingKey(ranking));
        return;
      }
    }
    go(nextStep(step));
  }

  // Any change to the ranking answers the warning (or makes it out of date).
  const shownWarning =
    warning !== null && rankings && rankingKey(rankings) === warning
      ? t('strengthsNeeded', { number: SIGNATURE_COUNT })
      : '';
  const contentIndex = CONTENT_STEPS.indexOf(step as (typeof CONTENT_STEPS)[number]);
  return (
    <div className="setup">
      <nav className="setup-progress" aria-label={t('steps')}>
        <ol>
          {SETUP_STEPS.map((s, index) => {
            const current = s === step;
            const done = index < SETUP_STEPS.indexOf(step);
            return (
              <li key={s} className={current ? 'current' : done ? 'done' : undefined}>
                <a href={`#/setup/${s}`} aria-current={current ? 'step' : undefined}>
                  {SETUP_TITLES[s].label}
                </a>
              </li>
            );
          })}
        </ol>
        <progress max={SETUP_STEPS.length - 1} value={SETUP_STEPS.indexOf(step)} aria-label={t('progress')} />
      </nav>

      <section className="setup-step" aria-labelledby="setup-step-heading">
        {contentIndex >= 0 && (
          <p className="step-count">
            {t('stepCount', { step: contentIndex + 1, total: CONTENT_STEPS.length })}
          </p>
        )}
        <div id="setup-step-heading">
          <PageHeading focusKey={step}>{SETUP_TITLES[step].title}</PageHeading>
        </div>
        {info.intro && <p className="intro">{info.intro()}</p>}
        <div className="step-body">{info.body()}</div>
        <ErrorAlert error={shownWarning} />
        {step !== 'done' && (
          <div className="step-nav">
            {step !== 'welcome' && (
              <button type="button" className="button quiet" onClick={() => go(previousStep(step))}>
                {t('back')}
              </button>
            )}
            <span className="spacer" />
            {step !== 'welcome' && (
              <button type="button" className="button" onClick={() => go(nextStep(step))}>
                {t('skip')}
              </button>
            )}
            <button type="button" className="button primary" onClick={() => void onContinue()}>
              {step === 'welcome' ? t('begin') : step === 'review-time' ? t('finish') : t('continue')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
