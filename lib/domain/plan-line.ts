/** Filling a template's slots: the plan prompts' "When" halves keep `{title}` and `{obstacle}` slots. */

/** `template` with each `{name}` replaced by its value. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
