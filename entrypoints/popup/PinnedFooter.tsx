import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { CoachQuestionForm } from '../../components/CoachQuestionForm';
import { readDraft } from '../../components/drafts';
import { StrengthChips } from '../../components/StrengthChips';
import type { Strength } from '../../lib/domain/strengths';
import './pinned-footer.css';

/**
 * Keeps keyboard focus clear of the pinned strengths and links: the page's scroll padding follows
 * their height (more chips wrap onto more lines).
 */
function pinnedScrollPadding(element: HTMLElement | null) {
  if (!element) return;
  const observer = new ResizeObserver(() => {
    document.documentElement.style.scrollPaddingBottom = `${element.offsetHeight + 8}px`;
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/** Where a question typed in the popup waits while unsent: it is there again when the popup reopens. */
const QUESTION_DRAFT = 'popup.new-question';

function openOptions(hash: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
  window.close();
}

/** The top strengths and the links to the options page, pinned to the bottom of the popup. */
export function PinnedFooter({ signature }: { signature: Strength[] }) {
  const { t } = useTranslation('popup');
  // Open with an unsent question from last time; focus goes to the field only when asked for here.
  const [asking, setAsking] = useState(() => Boolean(readDraft(QUESTION_DRAFT)));
  const [askedHere, setAskedHere] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="popup-pinned" ref={pinnedScrollPadding}>
      {signature.length > 0 && (
        <section className="popup-strengths" aria-labelledby="strengths-heading">
          {/* The chips are the leader's own top strengths, in their colour: the heading is for screen readers. */}
          <h2 id="strengths-heading" className="visually-hidden">
            {t('footer.strengths')}
          </h2>
          <StrengthChips strengths={signature} label={t('footer.strengths')} />
        </section>
      )}

      {asking && (
        <div
          id="popup-question"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            setAsking(false);
            askButton.current?.focus();
          }}
        >
          <CoachQuestionForm
            className="popup-question"
            labelHidden
            autoFocus={askedHere}
            draftKey={QUESTION_DRAFT}
            placeholder={t('footer.question')}
          />
        </div>
      )}
      <footer className="popup-footer">
        <button type="button" className="link-button" onClick={() => openOptions('#/vision')}>
          {t('footer.vision')}
        </button>
        <button type="button" className="link-button" onClick={() => openOptions('#/recurring')}>
          {t('footer.recurring')}
        </button>
        <button type="button" className="link-button" onClick={() => openOptions('#/settings')}>
          {t('footer.settings')}
        </button>
        <button
          ref={askButton}
          type="button"
          className="link-button"
          aria-expanded={asking}
          aria-controls={asking ? 'popup-question' : undefined}
          onClick={() => {
            setAskedHere(true);
            setAsking((open) => !open);
          }}
        >
          {t('footer.ask')}
        </button>
      </footer>
    </div>
  );
}
