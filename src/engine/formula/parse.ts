// The few formulas the engine can work out itself (see values.ts): numbers, cells
// of the same sheet (A1, $A$1), ranges (A1:B5, A:A, 1:3) as arguments of SUM, COUNT,
// AVERAGE, MIN, MAX, + - * /, parentheses and signs. Anything else parses to null.
import { formulaTokens } from './tokens';

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

const PUNCT = new Set(['-', '+', '*', '/', '(', ')', ',']);

/** The formula's tokens in the forms above; null when it holds anything else (text, another sheet, a name, ^ or &…). */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  for (const t of formulaTokens(text)) {
    if (t.kind === 'number') tokens.push({ kind: 'number', value: t.value });
    else if (t.kind === 'function') tokens.push({ kind: 'function', name: t.name });
    else if (t.kind === 'ref' && t.sheet === null)
      tokens.push(t.single ? { kind: 'cell', row: t.rect.top, col: t.rect.left } : { kind: 'range', ...t.rect });
    else if (t.kind === 'op' && PUNCT.has(t.text)) tokens.push({ kind: 'punct', text: t.text });
    else return null;
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
      this.take('(');
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
