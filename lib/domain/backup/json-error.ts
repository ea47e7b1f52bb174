/**
 * Why a file that JSON.parse refused cannot be read, in plain words with the line and column: cut
 * short (the text ends early), or one mistake at one place (a stray “}”, a trailing comma…).
 * jsonc-parser (VS Code's JSON scanner) finds the place: the engines' own messages differ between
 * Chromium and Firefox, and Chromium's often name no place at all.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import { t } from '../../i18n';

/** The message for a file that ends where more was due. */
export const cutShort = (): string => t('data:json.cutShort');
/** The message for a file that is not JSON at all. */
export const notJson = (): string => t('data:json.notJson');

type Code = ReturnType<typeof printParseErrorCode>;

interface FirstError {
  code: Code;
  offset: number;
  length: number;
  /** The innermost `{` or `[` still open where the mistake is. */
  open: '{' | '[' | undefined;
}

const STOP = Symbol('stop');

/** The first mistake jsonc-parser finds, reading JSON strictly (no comments, no trailing commas). */
function firstError(text: string): FirstError | null {
  const open: ('{' | '[')[] = [];
  let found: FirstError | null = null;
  try {
    visit(
      text,
      {
        onObjectBegin: () => void open.push('{'),
        onObjectEnd: () => void open.pop(),
        onArrayBegin: () => void open.push('['),
        onArrayEnd: () => void open.pop(),
        onError: (error, offset, length) => {
          found = { code: printParseErrorCode(error), offset, length, open: open.at(-1) };
          // The first mistake is the one to explain; the rest of a large file need not be read.
          throw STOP;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return found;
}

/** "line 3, column 5" of a position in the text (both counted from 1). */
function place(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return t('data:json.place', { line, column: offset - lineStart + 1 });
}

/** The last character before `offset` that is not white space, and where it is. */
function before(text: string, offset: number): { char: string; offset: number } {
  let at = offset - 1;
  while (at >= 0 && /\s/.test(text[at]!)) at -= 1;
  return { char: text[at] ?? '', offset: at };
}

/** A bit of the file, quoted as it is written there. */
function quote(text: string, offset: number, length: number): string {
  const piece = text.slice(offset, offset + Math.max(length, 1));
  return `“${piece.length > 20 ? `${piece.slice(0, 20)}…` : piece}”`;
}

const CLOSERS: Record<string, string> = { '{': '}', '[': ']' };

/** The mistake at the first error, as a phrase, and where it is. */
function mistake(text: string, error: FirstError): { what: string; offset: number } {
  const { code, offset, length, open } = error;
  const char = text[offset]!;
  const previous = before(text, offset);
  const token = quote(text, offset, length);
  if (code === 'EndOfFileExpected') {
    if (char === '}' || char === ']') return { what: t('data:json.extraCloser', { char }), offset };
    return { what: t('data:json.afterEnd', { token }), offset };
  }
  if ((char === '}' || char === ']') && previous.char === ',') {
    return { what: t('data:json.trailingComma', { char }), offset: previous.offset };
  }
  if (char === ',' && (code === 'PropertyNameExpected' || code === 'ValueExpected')) {
    return { what: t('data:json.extraComma'), offset };
  }
  if ((char === '}' || char === ']') && open && CLOSERS[open] !== char) {
    return { what: t('data:json.wrongCloser', { char, expected: CLOSERS[open] }), offset };
  }
  if (code === 'ValueExpected' && previous.char === ':') return { what: t('data:json.noValue'), offset };
  if (code === 'CommaExpected') return { what: t('data:json.missingComma', { token }), offset };
  if (code === 'ColonExpected') return { what: t('data:json.missingColon'), offset: previous.offset };
  if (code === 'InvalidCommentToken') return { what: t('data:json.comment'), offset };
  if (code === 'InvalidSymbol' && char === "'") {
    return { what: t('data:json.singleQuotes', { token }), offset };
  }
  if (code === 'InvalidSymbol' && open === '{' && (previous.char === '{' || previous.char === ',')) {
    return { what: t('data:json.unquotedName', { token }), offset };
  }
  if (code === 'InvalidSymbol') return { what: t('data:json.notValue', { token }), offset };
  if (code === 'UnexpectedEndOfString' || code === 'InvalidCharacter') {
    return { what: t('data:json.controlCharacter'), offset };
  }
  if (code === 'InvalidEscapeCharacter') return { what: t('data:json.badEscape'), offset };
  if (code === 'InvalidUnicode') return { what: t('data:json.badUnicode'), offset };
  if (code === 'InvalidNumberFormat' || code === 'UnexpectedEndOfNumber') {
    return { what: t('data:json.badNumber', { token }), offset };
  }
  return { what: t('data:json.misplaced', { token }), offset };
}

/** The message for a file that JSON.parse refused. */
export function explainJsonError(text: string): string {
  const start = text.search(/\S/);
  // A file that does not even start like JSON (a letter, a document) is simply not a backup.
  if (start === -1 || !/[{["\d\-tfn]/.test(text[start]!)) return notJson();
  const error = firstError(text);
  if (!error) return notJson();
  const end = text.trimEnd().length;
  // Cut short: the text ends where more was due, or a word, number or text runs into its end.
  const structural = '{}[],:'.includes(text[error.offset] ?? '');
  const runsToEnd = error.offset + error.length >= end && error.open !== undefined && !structural;
  if (error.offset >= end || runsToEnd) return cutShort();
  const { what, offset } = mistake(text, error);
  return t('data:json.error', { place: place(text, offset), what });
}
