import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './undo.css';

interface UndoOffer {
  id: number;
  message: string;
  undo: () => Promise<unknown> | void;
  /** Where focus was when the offer appeared: it goes back there when the offer closes from within. */
  returnFocus: Element | null;
}

type OfferUndo = (message: string, undo: UndoOffer['undo']) => void;

const UndoContext = createContext<OfferUndo>(() => {
  throw new Error('offerUndo used outside UndoProvider');
});

/** How long an undo offer stays once the user is neither focused on it nor pointing at it. */
export const UNDO_MS = 10_000;

/** Offers "Undo" after a destructive action (delete, drop), one offer at a time. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('components');
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [failed, setFailed] = useState(false);
  // The offer never runs out while the user is on it: keyboard users may take a while to reach it.
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const counter = useRef(0);
  const region = useRef<HTMLDivElement>(null);

  const offerUndo = useCallback<OfferUndo>((message, undo) => {
    counter.current += 1;
    setFailed(false);
    setOffer({ id: counter.current, message, undo, returnFocus: document.activeElement });
  }, []);

  useEffect(() => {
    if (!offer || focused || hovered) return;
    const timer = setTimeout(() => setOffer(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [offer, focused, hovered]);

  function close() {
    // The buttons are about to go: focus returns to where the user was rather than to the page.
    if (region.current?.contains(document.activeElement)) {
      const target = offer?.returnFocus;
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    }
    setFocused(false);
    setHovered(false);
    setOffer(null);
  }

  async function undo() {
    if (!offer) return;
    try {
      await offer.undo();
      close();
    } catch {
      setFailed(true);
    }
  }

  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div
        className="undo-region"
        ref={region}
        role="status"
        aria-live="polite"
        onFocus={() => setFocused(true)}
        onBlur={(event) => setFocused(region.current?.contains(event.relatedTarget as Node | null) ?? false)}
        onMouseEnter={() => setHovered(true)}
        onMouseLeave={() => setHovered(false)}
      >
        {offer && (
          <div className="undo-toast" key={offer.id}>
            <span>{failed ? t('undo.failed') : offer.message}</span>
            <button type="button" className="button" onClick={() => void undo()}>
              {t('common:undo')}
            </button>
            <button type="button" className="button quiet" aria-label={t('common:dismiss')} onClick={close}>
              ✕
            </button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}

/** The function that offers "Undo" for an action just taken. */
export function useUndo(): OfferUndo {
  return useContext(UndoContext);
}
