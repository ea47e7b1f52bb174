import './character-count.css';

/** "1,950 / 2,000" under a field once the text nears its limit; the input's maxLength stops it there. */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  if (length < max * 0.8) return <span id={id} hidden />;
  const atLimit = length >= max;
  return (
    <span id={id} className={`character-count${atLimit ? ' at-limit' : ''}`}>
      {length.toLocaleString()} / {max.toLocaleString()}
      {atLimit && ' · limit reached'}
    </span>
  );
}
