import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOffer as Offer } from '../lib/domain/plan-offer';
import { offerReason, planPrompt, prefilledWhen } from '../lib/domain/plan-prompts';
import type { IfThenPlan } from '../lib/domain/types';
import { requireIfThen } from '../lib/domain/validation';
import { planCommitment } from '../lib/store/db/commitments';
import { ErrorAlert } from './ErrorAlert';
import { IfThenFields } from './IfThenFields';
import { usePlanWords } from './use-plan-words';
import { useRunAndReport } from './use-run-and-report';

export interface PlanOfferProps {
  offer: Offer;
  headingLevel: 2 | 3;
  /** The form shows at once (the review's end); otherwise after “Make a plan” (the popup). */
  open: boolean;
  onSaved: (plan: IfThenPlan) => void;
  onNotNow: () => void;
}

/**
 * An offer to turn what got in the way into an if-then plan for a carried commitment: why it is
 * offered, the “When” half pre-filled from the obstacle, the “I will” half for the leader, both
 * editable. Save plan writes it on the commitment; Not now puts the offer off for the day, keeping
 * any words typed in the plan's draft.
 */
export function PlanOffer({ offer, headingLevel, open: startOpen, onSaved, onNotNow }: PlanOfferProps) {
  const { t } = useTranslation('components');
  const id = useId();
  const start = useMemo(
    () => ({ when: prefilledWhen(offer.obstacle, offer.title), then: '' }),
    [offer.obstacle, offer.title],
  );
  const words = usePlanWords(offer.commitmentId, start);
  // Words typed before (and kept in their draft) show with the form open.
  const [open, setOpen] = useState(startOpen || words.edited);
  const [opened, setOpened] = useState(false);
  const { error, run, clear } = useRunAndReport();
  const prompt = planPrompt(offer.obstacle);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  // Opened by “Make a plan”, the form starts on the half left to write.
  useEffect(() => {
    if (opened) document.getElementById(`${id}-then`)?.focus();
  }, [opened, id]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const plan = { ...words.values };
    const saved = await run(() => planCommitment(offer.commitmentId, plan));
    if (!saved) return;
    words.settle();
    onSaved(requireIfThen(plan));
  }

  function notNow() {
    words.keepAsDraft();
    onNotNow();
  }

  const notNowButton = (
    <button type="button" className="button quiet small" onClick={notNow}>
      {t('common:notNow')}
    </button>
  );
  return (
    <section className="plan-offer" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="plan-offer-heading">
        {t('planOffer.heading', { title: offer.title })}
      </Heading>
      <p className="plan-offer-why">{offerReason(offer)}</p>
      {open ? (
        <form className="plan-offer-form" onSubmit={(event) => void save(event)}>
          <IfThenFields
            id={id}
            values={words.values}
            onChange={(field, value) => {
              words.set(field, value);
              clear();
            }}
            placeholders={{ when: start.when, then: prompt.example }}
            ask={prompt.ask}
          />
          <ErrorAlert error={error} />
          <div className="plan-offer-buttons">
            <button type="submit" className="button primary small">
              {t('planOffer.save')}
            </button>
            {notNowButton}
          </div>
        </form>
      ) : (
        <div className="plan-offer-buttons">
          <button
            type="button"
            className="button primary small"
            onClick={() => {
              setOpen(true);
              setOpened(true);
            }}
          >
            {t('planOffer.make')}
          </button>
          {notNowButton}
        </div>
      )}
    </section>
  );
}
