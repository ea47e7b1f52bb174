/**
 * Keeping keyboard users' place when a row leaves a list (removed, archived, added elsewhere):
 * without this, focus falls back to the page and the next Tab starts from the top.
 */

/**
 * The same control in the next row, then in the previous one. Rows are the `li` around `control`
 * unless `row` is given (a chip that is its own row); the control is found by its `data-row-action`.
 */
export function nearbyControls(
  control: HTMLElement,
  row: Element | null = control.closest('li'),
): HTMLElement[] {
  const selector = `[data-row-action="${control.dataset.rowAction}"]`;
  const found = (sibling: Element | null | undefined) =>
    sibling?.matches(selector) ? (sibling as HTMLElement) : sibling?.querySelector<HTMLElement>(selector);
  return [found(row?.nextElementSibling), found(row?.previousElementSibling)].filter(
    (element): element is HTMLElement => Boolean(element),
  );
}

/** Focuses the first candidate still on the page that can take focus (not disabled, not in a closed group). */
export function focusFirst(candidates: readonly (HTMLElement | null | undefined)[]): void {
  for (const candidate of candidates) {
    if (!candidate?.isConnected || (candidate as HTMLButtonElement).disabled) continue;
    candidate.focus();
    if (document.activeElement === candidate) return;
  }
}
