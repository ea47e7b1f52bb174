import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
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
  intro?: string;
  body: () => ReactNode;
}

const STEPS: Record<SetupStep, StepInfo> = {
  welcome: {
    body: () => (
      <div className="welcome">
        <p className="lead">
          Flourish keeps what your coaching uncovered in front of you every working day: your purpose, values
          and strengths, the vision you are working towards, and the few actions you commit to each day.
        </p>
        <ul className="welcome-points">
          <li>Every new tab shows your vision and today’s commitments.</li>
          <li>The toolbar button holds today’s actions: add them in the morning, tick them off as you go.</li>
          <li>
            At a time you choose, a two-minute end-of-day review: what got done, and what got in the way.
          </li>
        </ul>
        <p>
          <strong>Everything stays on this device.</strong> Flourish has no account and sends nothing
          anywhere. You decide what to share with your coach.
        </p>
        <p className="hint">
          Setup takes about five minutes. Have your VIA strengths report and your coaching notes to hand.
          Every step can be skipped and changed later.
        </p>
        <p className="hint">
          Used Flourish before, in another browser or on another computer?{' '}
          <a href="#/data">Restore it from a backup file</a> instead.
        </p>
      </div>
    ),
  },
  purpose: {
    intro: 'One statement of why you lead. It will sit quietly under your vision in every new tab.',
    body: () => (
      <>
        <PurposeEditor />
        <NameFields />
      </>
    ),
  },
  values: {
    intro: 'Up to seven values that guide how you lead, most important first.',
    body: () => <ValuesEditor />,
  },
  strengths: {
    intro: 'Enter your VIA character strengths in the order of your report: at least your top five.',
    body: () => <StrengthsEditor />,
  },
  vision: {
    intro:
      'Describe what you want: how it looks and feels, now and in the future. Add pictures that show it.',
    body: () => (
      <>
        <VisionEditor />
        <VisionBoard />
      </>
    ),
  },
  goals: {
    intro: 'What you want to carry out at work. Your daily commitments can link to these.',
    body: () => <GoalsEditor forSetup />,
  },
  'review-time': {
    intro:
      'Reflecting for a few minutes at the end of the day makes the next one better. Choose when, and on which days.',
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
  const info = STEPS[step];
  const rankings = useLiveQuery(getRankings, []);
  const [warning, setWarning] = useState<{ text: string; ranking: string } | null>(null);

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
        const text = `Add at least your top ${SIGNATURE_COUNT} strengths to continue, or skip this step for now.`;
        setWarning({ text, ranking: rankingKey(ranking) });
        return;
      }
    }
    go(nextStep(step));
  }

  // Any change to the ranking answers the warning (or makes it out of date).
  const shownWarning = warning && rankings && rankingKey(rankings) === warning.ranking ? warning.text : '';
  const contentIndex = CONTENT_STEPS.indexOf(step as (typeof CONTENT_STEPS)[number]);
  return (
    <div className="setup">
      <nav className="setup-progress" aria-label="Setup steps">
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
        <progress
          max={SETUP_STEPS.length - 1}
          value={SETUP_STEPS.indexOf(step)}
          aria-label="Setup progress"
        />
      </nav>

      <section className="setup-step" aria-labelledby="setup-step-heading">
        {contentIndex >= 0 && (
          <p className="step-count">
            Step {contentIndex + 1} of {CONTENT_STEPS.length}
          </p>
        )}
        <div id="setup-step-heading">
          <PageHeading focusKey={step}>{SETUP_TITLES[step].title}</PageHeading>
        </div>
        {info.intro && <p className="intro">{info.intro}</p>}
        <div className="step-body">{info.body()}</div>
        <ErrorAlert error={shownWarning} />
        {step !== 'done' && (
          <div className="step-nav">
            {step !== 'welcome' && (
              <button type="button" className="button quiet" onClick={() => go(previousStep(step))}>
                Back
              </button>
            )}
            <span className="spacer" />
            {step !== 'welcome' && (
              <button type="button" className="button" onClick={() => go(nextStep(step))}>
                Skip for now
              </button>
            )}
            <button type="button" className="button primary" onClick={() => void onContinue()}>
              {step === 'welcome' ? 'Let’s begin' : step === 'review-time' ? 'Finish' : 'Continue'}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
