// A small formula evaluator: enough for SUM totals, cross-sheet references and the
// custom rules of data validation and conditional formats. Anything it does not
// know keeps the value the cell was given.
import { adjustReference, moveReference, type RangeRef } from '../engine/address';
import { formulaTokens } from '../engine/formula/tokens';
import { getCell, sheetByName, type ScalarValue, type SheetModel, type WorkbookModel } from './model';

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet: string | null; rect: RangeRef }
  | { t: 'bool'; v: boolean }
  | { t: 'fn'; v: string }
  | { t: 'op'; v: string }
  | { t: '(' | ')' | ',' | '{' | '}' };

class Unsupported extends Error {}

function tokenize(src: string): Token[] {
  return formulaTokens(src).map((tok): Token => {
    switch (tok.kind) {
      case 'number':
        return { t: 'num', v: tok.value };
      case 'string':
        return { t: 'str', v: tok.value };
      case 'ref':
        return { t: 'ref', sheet: tok.sheet, rect: tok.rect };
      case 'function':
        return { t: 'fn', v: tok.name };
      case 'name':
        if (/^(TRUE|FALSE)$/i.test(tok.text)) return { t: 'bool', v: tok.text.toUpperCase() === 'TRUE' };
        throw new Unsupported(src);
      case 'op':
        return tok.text === '(' || tok.text === ')' || tok.text === ',' ? { t: tok.text } : { t: 'op', v: tok.text };
      case 'other':
        if (tok.text === '{' || tok.text === '}') return { t: tok.text };
        throw new Unsupported(src);
      default:
        throw new Unsupported(src);
    }
  });
}

type Node =
  | { k: 'lit'; v: ScalarValue }
  | { k: 'ref'; sheet: string | null; rect: RangeRef }
  /** An array constant of one row, `{15,20}`: only LOOKUP's vectors. */
  | { k: 'array'; items: ScalarValue[] }
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
        return { k: 'ref', sheet: tok.sheet, rect: tok.rect };
      case 'op':
        if (tok.v === '-' || tok.v === '+') return { k: 'unary', op: tok.v, arg: binary(5) };
        throw new Unsupported(tok.v);
      case '(': {
        const e = binary(0);
        expect(')');
        return e;
      }
      case '{': {
        const items: ScalarValue[] = [];
        for (;;) {
          const item = binary(0);
          if (item.k === 'lit') items.push(item.v);
          else if (item.k === 'unary' && item.arg.k === 'lit' && typeof item.arg.v === 'number')
            items.push(item.op === '-' ? -item.arg.v : item.arg.v);
          else throw new Unsupported('array item');
          if (peek()?.t !== ',') break;
          pos++;
        }
        expect('}');
        return { k: 'array', items };
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

type Value = ScalarValue | { range: RangeRef; sheet: SheetModel | null };

const ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

function isErrorText(v: unknown): v is string {
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
  N(args, scope) {
    const v = scalar(evaluate(args[0], scope));
    return typeof v === 'number' ? v : v === true ? 1 : 0;
  },
  IFERROR(args, scope) {
    try {
      return scalar(evaluate(args[0], scope));
    } catch (e) {
      if (e instanceof FormulaError) return scalar(evaluate(args[1], scope));
      throw e;
    }
  },
  /** LOOKUP(x, {mins}, {results}): the result beside the largest min not above x (the mins ascending); #N/A below them all. */
  LOOKUP(args, scope) {
    const [within, results] = [args[1], args[2] ?? args[1]];
    if (within.k !== 'array' || results.k !== 'array') throw new Unsupported('LOOKUP over a range');
    const x = scalar(evaluate(args[0], scope));
    let at = -1;
    within.items.forEach((v, i) => (at = typeof v === typeof x && compare(v, x) <= 0 ? i : at));
    if (at < 0 || at >= results.items.length) throw new FormulaError('#N/A');
    return results.items[at];
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
      return { range: node.rect, sheet };
    }
    case 'array':
      throw new Unsupported('array');
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

/** The formula with each reference token rewritten by `change` (given the token and the reference text after any sheet name). */
function rewriteRefs(formula: string, change: (sheet: string | null, ref: string) => string): string {
  let out = '';
  let last = 0;
  for (const tok of formulaTokens(formula)) {
    if (tok.kind !== 'ref') continue;
    const moved = change(tok.sheet, formula.slice(tok.at, tok.end));
    // A reference moved off the sheet is #REF!, sheet name and all.
    out += moved === '#REF!' ? formula.slice(last, tok.start) + moved : formula.slice(last, tok.at) + moved;
    last = tok.end;
  }
  return out + formula.slice(last);
}

/** Moves the relative parts of a formula's references by (dRow, dCol), as Excel does when applying a rule to a range. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return rewriteRefs(formula, (_sheet, ref) => moveReference(ref, dRow, dCol));
}

/**
 * A formula on sheet `own` after `count` rows or columns of sheet `changed` were inserted
 * at `at` (count < 0: deleted), as Excel rewrites it: only references into `changed` move.
 */
export function adjustFormula(
  formula: string,
  own: string,
  changed: string,
  axis: 'row' | 'col',
  at: number,
  count: number,
): string {
  const key = changed.toLocaleLowerCase();
  return rewriteRefs(formula, (sheet, ref) =>
    (sheet ?? own).toLocaleLowerCase() === key ? adjustReference(ref, axis, at, count) : ref,
  );
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
