/** Statements longer than these are set smaller, so that even a long vision fits the screen. */
const LONG_STATEMENT = 140;
const VERY_LONG_STATEMENT = 480;

/** The vision statement's class names: its size follows its length (the first paint and React alike). */
export function statementClass(length: number): string {
  if (length > VERY_LONG_STATEMENT) return 'vision-statement is-very-long';
  if (length > LONG_STATEMENT) return 'vision-statement is-long';
  return 'vision-statement';
}
