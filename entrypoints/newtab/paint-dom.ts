/** The one DOM helper of the new tab's first paint: user text only ever goes in as text nodes. */
export type Attributes = Record<string, string>;

/** An element with `attributes` and `children` (strings become text nodes, never markup). */
export function el(tag: string, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
