/**
 * What went wrong, announced as it appears; nothing at all while all is well. `inline` sets it in
 * a line of other controls (a span, not a paragraph).
 */
export function ErrorAlert({ error, id, inline }: { error: string; id?: string; inline?: boolean }) {
  if (!error) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag id={id} className="error" role="alert">
      {error}
    </Tag>
  );
}
