import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayKey } from '../lib/domain/days';
import type { PlanOffer as Offer } from '../lib/domain/plan-offer';
import type { IfThenPlan } from '../lib/domain/types';
import { IfThenLine } from './IfThenLine';
import { PlanOffer } from './PlanOffer';
import { offersPutOff, putOffOffer } from './plan-offer-dismissals';
import './plan-offer.css';

interface PlanOffersProps {
  /** The offers due (lib/store/plan-offers), live; undefined while they load. */
  offers: Offer[] | undefined;
  today: DayKey;
  headingLevel: 2 | 3;
  /** Each form shows at once (the review's end), or after “Make a plan” (the popup). */
  open: boolean;
  /** How many offers show at a time: the popup has room for one. */
  limit?: number;
  /** Where focus goes once the last offer is answered with Not now. */
  onEmpty?: () => void;
}

type Focus = { saved: string } | { offer: string } | 'empty' | null;

/**
 * The offers to plan that are due, less those put off today, each answered in place: a plan saved
 * stays as a line saying so; Not now takes the offer away for the day. Focus follows: to the line
 * that says it is saved, to the next offer, or where `onEmpty` sends it.
 */
export function PlanOffers({ offers, today, headingLevel, open, limit, onEmpty }: PlanOffersProps) {
  const { t } = useTranslation('components');
  const [putOff, setPutOff] = useState(() => offersPutOff(today));
  const [saved, setSaved] = useState<{ offer: Offer; plan: IfThenPlan }[]>([]);
  // Where focus goes once the list has drawn the answer (a ref: setting it draws nothing).
  const focus = useRef<Focus>(null);
  const list = useRef<HTMLDivElement>(null);
  const due = (offers ?? []).filter(
    (offer) =>
      !putOff.has(offer.commitmentId) && !saved.some((s) => s.offer.commitmentId === offer.commitmentId),
  );
  const shown = due.slice(0, limit);

  useEffect(() => {
    const wanted = focus.current;
    if (wanted === null) return;
    focus.current = null;
    if (wanted === 'empty') return onEmpty?.();
    const key = 'saved' in wanted ? `saved-${wanted.saved}` : `offer-${wanted.offer}`;
    const target = list.current?.querySelector<HTMLElement>(`[data-focus="${key}"]`);
    (target?.querySelector<HTMLElement>('textarea, button') ?? target)?.focus();
  });

  if (shown.length === 0 && saved.length === 0) return null;
  return (
    <div className="plan-offers" ref={list}>
      {saved.map(({ offer, plan }) => (
        <p
          key={offer.commitmentId}
          className="plan-saved"
          role="status"
          tabIndex={-1}
          data-focus={`saved-${offer.commitmentId}`}
        >
          {t('planOffer.saved', { title: offer.title })} <IfThenLine plan={plan} />
        </p>
      ))}
      {shown.map((offer, index) => (
        <div key={offer.commitmentId} data-focus={`offer-${offer.commitmentId}`}>
          <PlanOffer
            offer={offer}
            headingLevel={headingLevel}
            open={open}
            onSaved={(plan) => {
              setSaved((current) => [...current, { offer, plan }]);
              focus.current = { saved: offer.commitmentId };
            }}
            onNotNow={() => {
              putOffOffer(offer.commitmentId, today);
              setPutOff((current) => new Set([...current, offer.commitmentId]));
              const next = due[index + 1];
              focus.current = next ? { offer: next.commitmentId } : 'empty';
            }}
          />
        </div>
      ))}
    </div>
  );
}
