import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import './undo.css';

interface UndoOffer {
  id: number;
  message: string;
  undo: () => Promise<unknown> | void;
}

type OfferUndo = (message: string, undo: UndoOffer['undo']) => void;

const UndoContext = createContext<OfferUndo>(() => {
  throw new Error('offerUndo used outside UndoProvider');
});

/** How long an undo offer stays, unless the user is focused on it. */
const UNDO_MS = 10_000;

/** Offers "Undo" after a destructive action (delete, drop), one offer at a time. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [failed, setFailed] = useState('');
  const counter = useRef(0);
  const region = useRef<HTMLDivElement>(null);

  const offerUndo = useCallback<OfferUndo>((message, undo) => {
    counter.current += 1;
    setFailed('');
    setOffer({ id: counter.current, message, undo });
  }, []);

  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(() => {
      if (!region.current?.contains(document.activeElement)) setOffer(null);
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [offer]);

  async function undo() {
    if (!offer) return;
    try {
      await offer.undo();
      setOffer(null);
    } catch {
      setFailed('That could not be undone.');
    }
  }

  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div className="undo-region" ref={region} role="status" aria-live="polite">
        {offer && (
          <div className="undo-toast" key={offer.id}>
            <span>{failed || offer.message}</span>
            <button type="button" className="button" onClick={() => void undo()}>
              Undo
            </button>
            <button
              type="button"
              className="button quiet"
              aria-label="Dismiss"
              onClick={() => setOffer(null)}
            >
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
