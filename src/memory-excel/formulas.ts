// A small formula evaluator: enough for SUM totals, cross-sheet references and the
// custom rules of data validation and conditional formats. Anything it does not
// know keeps the value the cell was given.
import { columnLetters, columnNumber, type RangeRef } from '../engine/address';
import { getCell, MAX_COLUMNS, MAX_ROWS, sheetByName, type ScalarValue, type SheetModel, type WorkbookModel } from './model';

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet: string | null; text: string }
  | { t: 'bool'; v: boolean }
  | { t: 'fn'; v: string }
  | { t: 'op'; v: string }
  | { t: '(' | ')' | ',' };

/** A reference part: "$E$9", "E9", "E9:F17", "$E:$E", "5:7". */
const REF = /^(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)/;

class Unsupported extends Error {}

/** The text quoted from src[start] (a " or a ') to its closing quote, doubled quotes read as one; `end` is the closing quote's index. */
function quoted(src: string, start: number): { text: string; end: number } {
  const q = src[start];
  let j = start + 1;
  let text = '';
  while (j < src.length) {
    if (src[j] === q && src[j + 1] === q) {
      text += q;
      j += 2;
    } else if (src[j] === q) break;
    else text += src[j++];
  }
  return { text, end: j };
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    const rest = src.slice(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      const { text, end } = quoted(src, i);
      out.push({ t: 'str', v: text });
      i = end + 1;
      continue;
    }
    if (ch === "'") {
      // 'Sheet name'!A1
      const { text: name, end: j } = quoted(src, i);
      if (src[j + 1] !== '!') throw new Unsupported(src);
      const m = REF.exec(src.slice(j + 2));
      if (!m) throw new Unsupported(src);
      out.push({ t: 'ref', sheet: name, text: m[1] });
      i = j + 2 + m[1].length;
      continue;
    }
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    const ref = REF.exec(rest);
    if (ref && !/^[A-Za-z0-9_.(!]/.test(rest.slice(ref[1].length))) {
      out.push({ t: 'ref', sheet: null, text: ref[1] });
      i += ref[1].length;
      continue;
    }
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (word) {
      const after = rest.slice(word[0].length);
      if (after.startsWith('!')) {
        const m = REF.exec(after.slice(1));
        if (!m) throw new Unsupported(src);
        out.push({ t: 'ref', sheet: word[0], text: m[1] });
        i += word[0].length + 1 + m[1].length;
      } else if (after.startsWith('(')) {
        out.push({ t: 'fn', v: word[0].toUpperCase() });
        i += word[0].length;
      } else if (/^(TRUE|FALSE)$/i.test(word[0])) {
        out.push({ t: 'bool', v: word[0].toUpperCase() === 'TRUE' });
        i += word[0].length;
      } else throw new Unsupported(src);
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/&=<>^%])/.exec(rest);
    if (op) {
      out.push({ t: 'op', v: op[1] });
      i += op[1].length;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ t: ch });
      i++;
      continue;
    }
    throw new Unsupported(src);
  }
  return out;
}

type Node =
  | { k: 'lit'; v: ScalarValue }
  | { k: 'ref'; sheet: string | null; text: string }
  | { k: 'call'; fn: string; args: Node[] }
  | { k: 'unary'; op: string; arg: Node }
  | { k: 'bin'; op: string; a: Node; b: Node };

const PRECEDENCE: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};

function parse(tokens: Token[]): Node {
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const expect = (t: string): void => {
    if (tokens[pos]?.t !== t) throw new Unsupported(t);
    pos++;
  };
  function primary(): Node {
    const tok = tokens[pos++];
    if (!tok) throw new Unsupported('end');
    switch (tok.t) {
      case 'num':
        return { k: 'lit', v: tok.v };
      case 'str':
      case 'bool':
        return { k: 'lit', v: tok.v };
      case 'ref':
        return { k: 'ref', sheet: tok.sheet, text: tok.text };
      case 'op':
        if (tok.v === '-' || tok.v === '+') return { k: 'unary', op: tok.v, arg: binary(5) };
        throw new Unsupported(tok.v);
      case '(': {
        const e = binary(0);
        expect(')');
        return e;
      }
      case 'fn': {
        expect('(');
        const args: Node[] = [];
        if (peek()?.t !== ')') {
          for (;;) {
            args.push(binary(0));
            if (peek()?.t === ',') pos++;
            else break;
          }
        }
        expect(')');
        return { k: 'call', fn: tok.v, args };
      }
      default:
        throw new Unsupported(tok.t);
    }
  }
  function binary(min: number): Node {
    let left = primary();
    for (;;) {
      const tok = peek();
      if (tok?.t !== 'op' || !(tok.v in PRECEDENCE) || PRECEDENCE[tok.v] < min) break;
      pos++;
      const right = binary(PRECEDENCE[tok.v] + 1);
      left = { k: 'bin', op: tok.v, a: left, b: right };
    }
    return left;
  }
  const node = binary(0);
  if (pos !== tokens.length) throw new Unsupported('trailing');
  return node;
}

/** A parsed reference part to a rectangle (whole rows/columns spread to the sheet's limits). */
export function refRect(text: string): RangeRef {
  const bare = text.replace(/\$/g, '');
  const [a, b = a] = bare.split(':');
  const pos = (s: string, end: boolean): { row: number; col: number } => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(s)!;
    return {
      col: m[1] ? columnNumber(m[1]) : end ? MAX_COLUMNS : 1,
      row: m[2] ? Number(m[2]) : end ? MAX_ROWS : 1,
    };
  };
  const p = pos(a, false);
  const q = pos(b, true);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

type Value = ScalarValue | { range: RangeRef; sheet: SheetModel | null };

const ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

export function isErrorText(v: unknown): v is string {
  return typeof v === 'string' && ERROR.test(v);
}

class FormulaError extends Error {
  constructor(readonly value: string) {
    super(value);
  }
}

interface EvalScope {
  model: WorkbookModel;
  sheet: SheetModel;
}

function cellValue(sheet: SheetModel, row: number, col: number): ScalarValue {
  const v = getCell(sheet, row, col)?.value ?? null;
  if (isErrorText(v)) throw new FormulaError(v);
  return v;
}

function scalar(v: Value): ScalarValue {
  if (v !== null && typeof v === 'object') {
    if (!v.sheet) throw new FormulaError('#REF!');
    if (v.range.top !== v.range.bottom || v.range.left !== v.range.right) throw new FormulaError('#VALUE!');
    return cellValue(v.sheet, v.range.top, v.range.left);
  }
  return v;
}

function toNumber(v: ScalarValue): number {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v.replace(',', '.'));
  if (v.trim() === '' || Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

function toBool(v: ScalarValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return toNumber(v) !== 0;
}

/** Every cell value an argument stands for (a range gives its cells, in order). */
function spread(v: Value, fn: (value: ScalarValue, fromRange: boolean) => void): void {
  if (v !== null && typeof v === 'object') {
    if (!v.sheet) throw new FormulaError('#REF!');
    const { top, left, bottom, right } = v.range;
    for (let row = top; row <= bottom; row++) {
      const cols = v.sheet.cells.get(row);
      if (!cols) continue;
      for (let col = left; col <= right; col++) {
        const c = cols.get(col);
        if (c) fn(cellValue(v.sheet, row, col), true);
      }
    }
  } else fn(v, false);
}

function compare(a: ScalarValue, b: ScalarValue): number {
  const rank = (v: ScalarValue): number => (typeof v === 'number' || v === null ? 0 : typeof v === 'string' ? 1 : 2);
  const x = a === null ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const y = b === null ? (typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0) : b;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase().localeCompare(y.toLowerCase());
  return Number(x) - Number(y);
}

const FUNCTIONS: Record<string, (args: Node[], scope: EvalScope) => ScalarValue> = {
  SUM(args, scope) {
    let total = 0;
    for (const a of args) {
      spread(evaluate(a, scope), (v, fromRange) => {
        if (typeof v === 'number') total += v;
        else if (!fromRange) total += toNumber(v);
      });
    }
    return total;
  },
  AND: (args, scope) => logical(args, scope, true),
  OR: (args, scope) => logical(args, scope, false),
  NOT: (args, scope) => !toBool(scalar(evaluate(args[0], scope))),
  IF(args, scope) {
    const cond = toBool(scalar(evaluate(args[0], scope)));
    const branch = cond ? args[1] : args[2];
    return branch ? scalar(evaluate(branch, scope)) : cond;
  },
  ISNUMBER: (args, scope) => typeof safeScalar(args[0], scope) === 'number',
  ISTEXT: (args, scope) => {
    const v = safeScalar(args[0], scope);
    return typeof v === 'string' && v !== '' && !isErrorText(v);
  },
  ISBLANK: (args, scope) => safeScalar(args[0], scope) === null,
  ISERROR: (args, scope) => isErrorText(safeScalar(args[0], scope)),
  // What the totals and bloc summary sheets use (their live figures are checked over this host).
  COUNT(args, scope) {
    let n = 0;
    for (const a of args) spread(evaluate(a, scope), (v) => (n += typeof v === 'number' ? 1 : 0));
    return n;
  },
  MIN(args, scope) {
    const xs: number[] = [];
    for (const a of args)
      spread(evaluate(a, scope), (v, fromRange) => (typeof v === 'number' || !fromRange) && xs.push(toNumber(v)));
    return xs.length ? Math.min(...xs) : 0;
  },
  /** SUMIF(range, ">0"): the numbers of the range that meet a comparison with a number. */
  SUMIF(args, scope) {
    const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(String(scalar(evaluate(args[1], scope)) ?? ''))!;
    const bound = toNumber(m[2]);
    const meets = {
      '<=': (x: number) => x <= bound,
      '>=': (x: number) => x >= bound,
      '<>': (x: number) => x !== bound,
      '<': (x: number) => x < bound,
      '>': (x: number) => x > bound,
      '=': (x: number) => x === bound,
    };
    let total = 0;
    spread(evaluate(args[0], scope), (v) => {
      if (typeof v === 'number' && meets[(m[1] ?? '=') as keyof typeof meets](v)) total += v;
    });
    return total;
  },
  ROUND(args, scope) {
    const x = toNumber(scalar(evaluate(args[0], scope)));
    const f = 10 ** toNumber(args[1] ? scalar(evaluate(args[1], scope)) : 0);
    return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
  },
  /** RANK(x, range): 1 + how many numbers of the range are greater (descending, Excel's default). */
  RANK(args, scope) {
    const x = toNumber(scalar(evaluate(args[0], scope)));
    let greater = 0;
    spread(evaluate(args[1], scope), (v) => (greater += typeof v === 'number' && v > x ? 1 : 0));
    return greater + 1;
  },
};

function safeScalar(node: Node, scope: EvalScope): ScalarValue {
  try {
    return scalar(evaluate(node, scope));
  } catch (e) {
    if (e instanceof FormulaError) return e.value;
    throw e;
  }
}

function logical(args: Node[], scope: EvalScope, all: boolean): boolean {
  let result = all;
  for (const a of args) {
    spread(evaluate(a, scope), (v, fromRange) => {
      if (fromRange && typeof v !== 'number' && typeof v !== 'boolean') return;
      const b = toBool(v);
      result = all ? result && b : result || b;
    });
  }
  return result;
}

function evaluate(node: Node, scope: EvalScope): Value {
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'ref': {
      const sheet = node.sheet === null ? scope.sheet : (sheetByName(scope.model, node.sheet) ?? null);
      return { range: refRect(node.text), sheet };
    }
    case 'call': {
      const fn = FUNCTIONS[node.fn];
      if (!fn) throw new Unsupported(node.fn);
      return fn(node.args, scope);
    }
    case 'unary': {
      const v = toNumber(scalar(evaluate(node.arg, scope)));
      return node.op === '-' ? -v : v;
    }
    case 'bin': {
      const a = scalar(evaluate(node.a, scope));
      const b = scalar(evaluate(node.b, scope));
      switch (node.op) {
        case '+':
          return toNumber(a) + toNumber(b);
        case '-':
          return toNumber(a) - toNumber(b);
        case '*':
          return toNumber(a) * toNumber(b);
        case '/': {
          const d = toNumber(b);
          if (d === 0) throw new FormulaError('#DIV/0!');
          return toNumber(a) / d;
        }
        case '^':
          return toNumber(a) ** toNumber(b);
        case '&':
          return `${a ?? ''}${b ?? ''}`;
        case '=':
          return compare(a, b) === 0;
        case '<>':
          return compare(a, b) !== 0;
        case '<':
          return compare(a, b) < 0;
        case '>':
          return compare(a, b) > 0;
        case '<=':
          return compare(a, b) <= 0;
        case '>=':
          return compare(a, b) >= 0;
        default:
          throw new Unsupported(node.op);
      }
    }
  }
}

/** The formula's value on `sheet`; undefined when the evaluator does not know it. */
export function evaluateFormula(formula: string, model: WorkbookModel, sheet: SheetModel): ScalarValue | undefined {
  try {
    const body = formula.startsWith('=') ? formula.slice(1) : formula;
    const v = scalar(evaluate(parse(tokenize(body)), { model, sheet }));
    return typeof v === 'number' && !Number.isFinite(v) ? '#NUM!' : v;
  } catch (e) {
    if (e instanceof FormulaError) return e.value;
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** Moves the relative parts of a formula's references by (dRow, dCol), as Excel does when applying a rule to a range. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = formula.indexOf(ch, i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)/.exec(formula.slice(i));
    const prev = out[out.length - 1] ?? '';
    if (m && !/[A-Za-z0-9_.]/.test(prev) && !/^[A-Za-z0-9_(]/.test(formula.slice(i + m[0].length))) {
      const col = m[1] ? m[2] : columnLetters(columnNumber(m[2]) + dCol);
      const row = m[3] ? m[4] : String(Number(m[4]) + dRow);
      out += `${m[1]}${col.toUpperCase()}${m[3]}${row}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Recomputes every formula cell the evaluator understands (a few passes for chains). */
export function recalculate(model: WorkbookModel): void {
  const cells: { sheet: SheetModel; formula: string; cell: { value: ScalarValue } }[] = [];
  for (const sheet of model.sheets) {
    for (const cols of sheet.cells.values()) {
      for (const cell of cols.values()) if (cell.formula) cells.push({ sheet, formula: cell.formula, cell });
    }
  }
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const { sheet, formula, cell } of cells) {
      const v = evaluateFormula(formula, model, sheet);
      if (v !== undefined && v !== cell.value) {
        cell.value = v;
        changed = true;
      }
    }
    if (!changed) break;
  }
}
