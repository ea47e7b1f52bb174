import type { ReactNode } from 'react';
import type { NewTabView } from './view';

/**
 * The column beside the vision and today's list: the picture (`children`), the strength of the
 * day, how the vision looks and feels, and the purpose and values.
 */
export function NewTabSide({ view, children }: { view: NewTabView; children: ReactNode }) {
  const vision = view.vision;
  return (
    <div className="newtab-side">
      {children}
      {view.spotlight && (
        <aside className="spotlight" aria-labelledby="spotlight-heading">
          <h2 id="spotlight-heading" className="eyebrow">
            Strength of the day: {view.spotlight.name}
          </h2>
          <p>{view.spotlight.idea}</p>
        </aside>
      )}
      {vision && (vision.looksLike || vision.feelsLike) && (
        <dl className="look-and-feel">
          {vision.looksLike && (
            <div>
              <dt>How it looks</dt>
              <dd>{vision.looksLike}</dd>
            </div>
          )}
          {vision.feelsLike && (
            <div>
              <dt>How it feels</dt>
              <dd>{vision.feelsLike}</dd>
            </div>
          )}
        </dl>
      )}
      {(view.purpose || view.values.length > 0) && (
        <footer className="foundation">
          {view.purpose && (
            <p className="purpose">
              <span className="label">Purpose</span> {view.purpose}
            </p>
          )}
          {view.values.length > 0 && (
            <p className="values">
              <span className="label">Values</span>{' '}
              <span className="value-list">
                {view.values.map((value) => (
                  <span key={value}>{value}</span>
                ))}
              </span>
            </p>
          )}
        </footer>
      )}
    </div>
  );
}
