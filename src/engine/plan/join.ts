// Joining the pieces of one task that a pasted document spread over several rows.

/** A line that ends a sentence or a clause list: what follows starts a new line. */
const ENDS_SENTENCE = /[.;:!?…]["”’)]*$/u;
/** A line that opens a list item. */
const STARTS_ITEM = /^([-+•*–]|\d{1,2}[.)]\s|[a-zđ][.)]\s)/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Text continued across a page break: joined with a space when it goes on with
 * the sentence above ("… Thăm hỏi, hỗ" + "trợ người lao động …"), else as a new line.
 */
export function joinContinuation(above: string, below: string): string {
  if (above === '') return below;
  if (below === '') return above;
  const midSentence = !STARTS_ITEM.test(below) && (STARTS_LOWER.test(below) || !ENDS_SENTENCE.test(above));
  return above + (midSentence ? ' ' : '\n') + below;
}

/** Rows under one merged TT cell: one line (or paragraph) per row. */
export function joinLines(above: string, below: string): string {
  if (above === '') return below;
  if (below === '') return above;
  return `${above}\n${below}`;
}
