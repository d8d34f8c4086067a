// The few formulas the engine can work out itself (see formula-values.ts): numbers, cells
// of the same sheet (A1, $A$1), ranges (A1:B5, A:A, 1:3) as arguments of SUM, COUNT,
// AVERAGE, MIN, MAX, + - * /, parentheses and signs. Anything else parses to null.
import { columnNumber, EXCEL_COLUMNS, EXCEL_ROWS } from '../address';

export type FormulaFunction = 'SUM' | 'COUNT' | 'AVERAGE' | 'MIN' | 'MAX';

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'cell'; row: number; col: number }
  | { kind: 'range'; top: number; left: number; bottom: number; right: number }
  | { kind: 'negate'; operand: FormulaNode }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; name: FormulaFunction; args: FormulaNode[] };

const FUNCTIONS = new Set<string>(['SUM', 'COUNT', 'AVERAGE', 'MIN', 'MAX']);
/** Excel's own limits: formulas longer or deeper than these are no formula Excel wrote. */
const MAX_LENGTH = 8192;
const MAX_DEPTH = 64;

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'cell'; row: number; col: number }
  | { kind: 'range'; top: number; left: number; bottom: number; right: number }
  | { kind: 'function'; name: string }
  | { kind: 'punct'; text: string };

// Tried in this order at each place; a name or reference must not run on into a letter, digit, "!" or "(".
const END = '(?![A-Za-z0-9_.!(])';
const CELL = '\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})';
const CELL_RANGE = new RegExp(`^${CELL}:${CELL}${END}`);
const COLUMN_RANGE = new RegExp(`^\\$?([A-Za-z]{1,3}):\\$?([A-Za-z]{1,3})${END}`);
const ROW_RANGE = new RegExp(`^\\$?(\\d{1,7}):\\$?(\\d{1,7})${END}`);
const ONE_CELL = new RegExp(`^${CELL}${END}`);
const FUNCTION = /^([A-Za-z][A-Za-z0-9.]*)\s*\(/;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![A-Za-z0-9_.!(:])/;
const PUNCT = /^[-+*/(),]/;

function cellAt(letters: string, digits: string): { row: number; col: number } | null {
  const row = Number(digits);
  const col = columnNumber(letters);
  return row >= 1 && row <= EXCEL_ROWS && col <= EXCEL_COLUMNS ? { row, col } : null;
}

function rangeOf(a: { row: number; col: number } | null, b: { row: number; col: number } | null): Token | null {
  if (!a || !b) return null;
  return {
    kind: 'range',
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The next token at the start of `s`, with its length; null when none fits. */
function nextToken(s: string): [Token | null, number] | null {
  let m = CELL_RANGE.exec(s);
  if (m) return [rangeOf(cellAt(m[1], m[2]), cellAt(m[3], m[4])), m[0].length];
  m = COLUMN_RANGE.exec(s);
  if (m) return [rangeOf(cellAt(m[1], '1'), cellAt(m[2], String(EXCEL_ROWS))), m[0].length];
  m = ROW_RANGE.exec(s);
  if (m) return [rangeOf(cellAt('A', m[1]), cellAt('XFD', m[2])), m[0].length];
  m = ONE_CELL.exec(s);
  if (m) {
    const cell = cellAt(m[1], m[2]);
    return [cell && { kind: 'cell', ...cell }, m[0].length];
  }
  m = FUNCTION.exec(s);
  if (m) return [{ kind: 'function', name: m[1].toUpperCase() }, m[0].length];
  m = NUMBER.exec(s);
  if (m) return [{ kind: 'number', value: Number(m[0]) }, m[0].length];
  m = PUNCT.exec(s);
  return m ? [{ kind: 'punct', text: m[0] }, 1] : null;
}

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let rest = text.trim();
  while (rest !== '') {
    const next = nextToken(rest);
    if (!next || !next[0]) return null;
    tokens.push(next[0]);
    rest = rest.slice(next[1]).trimStart();
  }
  return tokens;
}

/** Thrown inside the parser only: parseFormula turns it into null. */
class Unsupported extends Error {}

class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): FormulaNode {
    const node = this.expression();
    if (this.at !== this.tokens.length) throw new Unsupported();
    return node;
  }

  private peek(text: string): boolean {
    const t = this.tokens[this.at];
    return t?.kind === 'punct' && t.text === text;
  }

  private take(text: string): void {
    if (!this.peek(text)) throw new Unsupported();
    this.at++;
  }

  private nested<T>(read: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new Unsupported();
    const node = read();
    this.depth--;
    return node;
  }

  private expression(): FormulaNode {
    return this.nested(() => {
      let left = this.term();
      while (this.peek('+') || this.peek('-')) {
        const op = this.peek('+') ? '+' : '-';
        this.at++;
        left = { kind: 'binary', op, left, right: this.term() };
      }
      return left;
    });
  }

  private term(): FormulaNode {
    let left = this.unary();
    while (this.peek('*') || this.peek('/')) {
      const op = this.peek('*') ? '*' : '/';
      this.at++;
      left = { kind: 'binary', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): FormulaNode {
    if (this.peek('-') || this.peek('+')) {
      const negate = this.peek('-');
      this.at++;
      const operand = this.nested(() => this.unary());
      return negate ? { kind: 'negate', operand } : operand;
    }
    return this.primary();
  }

  private primary(): FormulaNode {
    const t = this.tokens[this.at++];
    if (!t) throw new Unsupported();
    if (t.kind === 'number' || t.kind === 'cell' || t.kind === 'range') return t;
    if (t.kind === 'function') {
      if (!FUNCTIONS.has(t.name)) throw new Unsupported();
      const args: FormulaNode[] = [this.expression()];
      while (this.peek(',')) {
        this.at++;
        args.push(this.expression());
      }
      this.take(')');
      return { kind: 'call', name: t.name as FormulaFunction, args };
    }
    if (t.text !== '(') throw new Unsupported();
    const inner = this.expression();
    this.take(')');
    return inner;
  }
}

/** "=SUM(E9:E11)+2" (the "=" optional) -> its tree; null for anything outside the few forms above. */
export function parseFormula(formula: string): FormulaNode | null {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  if (text.length > MAX_LENGTH) return null;
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return null;
  try {
    return new Parser(tokens).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
