/**
 * Escaping user text for Markdown (CommonMark with GitHub's tables, task lists and strikethrough),
 * only where Markdown would misread it: the summary is pasted into emails and notes, where every
 * needless backslash shows, so "done (50%)", "snake_case" and "2 * 3" stay as written.
 */

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Indices of a line that need a backslash where the line starts a block (a list item, a paragraph, or a line after a hard break). */
function blockStart(line: string): number[] {
  const indent = /^ {0,3}/.exec(line)![0].length;
  const rest = line.slice(indent);
  // A heading, a quote, a bullet, a thematic break, a setext underline, a fence, a task box.
  if (/^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|([-*_])\s*(\2\s*){2,}$|=+\s*$|-+\s*$|~{3,}|\[[ xX]\])/.test(rest))
    return [indent];
  // An ordered list: "1." or "1)" followed by a space; the dot or parenthesis is escaped.
  const ordered = /^\d{1,9}[.)](?=\s|$)/.exec(rest);
  if (ordered) return [indent + ordered[0].length - 1];
  return [];
}

/** Whether a run of `*`, `_` or `~` from `start` to `end` (excluded) can open or close emphasis. */
function isDelimiter(line: string, start: number, end: number): boolean {
  const before = line[start - 1] ?? ' ';
  const after = line[end] ?? ' ';
  if (SPACE.test(before) && SPACE.test(after)) return false;
  // Inside a word, an underscore is a letter (snake_case); an asterisk is not.
  if (line[start] === '_' && WORD.test(before) && WORD.test(after)) return false;
  return true;
}

function escapeLine(line: string, inTable: boolean): string {
  const marks = new Set(blockStart(line));
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    const next = line[i + 1] ?? '';
    if (ch === '*' || ch === '_' || ch === '~') {
      let end = i;
      while (line[end] === ch) end++;
      if (isDelimiter(line, i, end)) for (let j = i; j < end; j++) marks.add(j);
      i = end - 1;
    } else if (
      // A backslash escapes the punctuation after it (and ends a line as a break).
      (ch === '\\' && (next === '' || PUNCTUATION.test(next))) ||
      // Code spans.
      ch === '`' ||
      // Link and image ends, and reference definitions: "](", "][", "]:".
      (ch === ']' && /[([:]/.test(next)) ||
      // HTML tags, comments and autolinks.
      (ch === '<' && /[A-Za-z/!?]/.test(next)) ||
      // Entities such as &amp; and &#169;.
      (ch === '&' && /^&#?[A-Za-z0-9]+;/.test(line.slice(i))) ||
      // Table cells: only text of more than one line can hold a table's header and divider.
      (ch === '|' && inTable)
    ) {
      marks.add(i);
    }
  }
  let out = '';
  for (let i = 0; i < line.length; i++) out += marks.has(i) ? `\\${line[i]}` : line[i];
  return out;
}

/** Escapes text so Markdown shows it as written: no emphasis, links, headings, lists, tables or HTML. */
export function escapeMarkdown(text: string): string {
  // Leading spaces would make an indented code block; Markdown drops them from a paragraph anyway.
  const lines = text.replace(/^\s+/, '').split(/\r?\n/);
  // Line breaks are kept as hard breaks (two spaces), so a multi-line note stays on its lines.
  return lines.map((line) => escapeLine(line, lines.length > 1)).join('  \n');
}
