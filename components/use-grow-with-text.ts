import { useLayoutEffect, useRef } from 'react';

/** Whether the browser sizes a text area to its text itself (`field-sizing: content`, in base.css). */
const sizesItself = () => typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content') === true;

/**
 * A text area that grows with its text, so nothing typed is hidden behind a scroll bar. Where the
 * browser does it through CSS this does nothing; elsewhere (Firefox) the height follows the text
 * as it changes, never below the area's own minimum.
 */
export function useGrowWithText(value: string) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area || sizesItself()) return;
    area.style.height = 'auto';
    const border = area.offsetHeight - area.clientHeight;
    area.style.height = `${area.scrollHeight + border}px`;
  }, [value]);
  return ref;
}
