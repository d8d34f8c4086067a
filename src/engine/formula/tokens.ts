// The one reader of formula text: numbers, "strings", references (A1, $A$1, A1:B5, F:F,
// 5:7, each maybe after Sheet! or 'It''s'!), function names, other names and operators.
// The engine's evaluator (parse.ts), the in-memory host's evaluator and shiftFormula, and
// the gateway's dependents index all read formulas through it, so they agree on what a
// reference is. It never fails: what it cannot read becomes an 'other' token, which an
// evaluator refuses and a reference scan passes over.
import { readReference, readSheetName, type RangeRef } from '../address';

interface Span {
  /** Where the token starts in the text, and the index just past it. */
  start: number;
  end: number;
}

export type FormulaToken = Span &
  (
    | { kind: 'number'; value: number }
    | { kind: 'string'; value: string }
    /** `sheet` is the name written before "!" (null when none); `at` is where the reference itself starts. */
    | { kind: 'ref'; sheet: string | null; rect: RangeRef; single: boolean; at: number }
    /** A name followed by "(" (the "(" is the next token), upper-cased. */
    | { kind: 'function'; name: string }
    | { kind: 'name'; text: string }
    | { kind: 'op'; text: string }
    | { kind: 'other'; text: string }
  );

const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![A-Za-z0-9_.!(:])/y;
const NAME = /[\p{L}_\\][\p{L}\p{N}_.]*/uy;
const CALL = /\s*\(/y;
const OP = /<>|<=|>=|[-+*/^&=<>%(),]/y;
const SPACE = /\s/;

function match(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? null;
}

/** The quoted text starting at text[at] (a " string), doubled quotes read as one; null when it is not closed. */
function quotedString(text: string, at: number): { value: string; end: number } | null {
  let value = '';
  for (let j = at + 1; j < text.length; j++) {
    if (text[j] !== '"') value += text[j];
    else if (text[j + 1] === '"') value += text[++j];
    else return { value, end: j + 1 };
  }
  return null;
}

/** The token at text[i] (no white space there). */
function tokenAt(text: string, i: number): FormulaToken {
  if (text[i] === '"') {
    const s = quotedString(text, i);
    return s
      ? { kind: 'string', value: s.value, start: i, end: s.end }
      : { kind: 'other', text: text.slice(i), start: i, end: text.length };
  }
  const named = readSheetName(text, i);
  if (named) {
    const ref = readReference(text, named.bang + 1);
    if (ref)
      return { kind: 'ref', sheet: named.name, rect: ref.rect, single: ref.single, at: named.bang + 1, start: i, end: ref.end };
  }
  const ref = readReference(text, i);
  if (ref) return { kind: 'ref', sheet: null, rect: ref.rect, single: ref.single, at: i, start: i, end: ref.end };
  const number = match(NUMBER, text, i);
  if (number) return { kind: 'number', value: Number(number), start: i, end: i + number.length };
  const name = match(NAME, text, i);
  if (name) {
    const end = i + name.length;
    return match(CALL, text, end) !== null
      ? { kind: 'function', name: name.toUpperCase(), start: i, end }
      : { kind: 'name', text: name, start: i, end };
  }
  const op = match(OP, text, i);
  if (op) return { kind: 'op', text: op, start: i, end: i + op.length };
  return { kind: 'other', text: text[i], start: i, end: i + 1 };
}

/** The tokens of a formula's text (with or without its "="; a leading "=" is read as an operator). */
export function formulaTokens(text: string): FormulaToken[] {
  const out: FormulaToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (SPACE.test(text[i])) {
      i++;
      continue;
    }
    const t = tokenAt(text, i);
    out.push(t);
    i = t.end;
  }
  return out;
}
