// Joining the pieces of one task that a pasted document spread over several rows.

/** A line that ends a sentence or a clause list: what follows starts a new line. */
const ENDS_SENTENCE = /[.;:!?…]["”’)]*$/u;
/** A line that opens a list item. */
const STARTS_ITEM = /^([-+•*–]|\d{1,2}[.)]\s|[a-zđ][.)]\s)/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** Does `below` go on with the sentence `above` ends with ("… Thăm hỏi, hỗ" + "trợ người lao động …")? */
export function continuesSentence(above: string, below: string): boolean {
  return !STARTS_ITEM.test(below) && (STARTS_LOWER.test(below) || !ENDS_SENTENCE.test(above));
}

/** Text continued across a page break: joined with a space mid-sentence, else as a new line. */
export function joinContinuation(above: string, below: string): string {
  if (above === '') return below;
  if (below === '') return above;
  return above + (continuesSentence(above, below) ? ' ' : '\n') + below;
}

/** Rows under one merged TT cell: one line (or paragraph) per row. */
export function joinLines(above: string, below: string): string {
  if (above === '') return below;
  if (below === '') return above;
  return `${above}\n${below}`;
}
