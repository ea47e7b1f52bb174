import './focus-lines.css';

/**
 * What the reviews said to focus on ("Today’s focus", "This week’s focus"), each label and the
 * leader's words as written. The new tab's first paint draws the same markup (paint-snapshot).
 */
export function FocusLines({ lines }: { lines: readonly { label: string; text: string }[] }) {
  if (lines.length === 0) return null;
  return (
    <dl className="focus-lines">
      {lines.map((line) => (
        <div key={line.label} className="focus-line">
          <dt>{line.label}</dt>
          <dd>{line.text}</dd>
        </div>
      ))}
    </dl>
  );
}
