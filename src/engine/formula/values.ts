// Formulas saved without a result. Excel stores each formula's last result beside it;
// workbooks written by scripts (openpyxl, ExcelJS) often store none, and the cell then
// reads as blank: a total row goes unchecked, a score reads as missing. The simple
// same-sheet formulas such sheets use (see parse.ts) are worked out here over the
// snapshot's own values, as Excel would: a blank cell is 0 in arithmetic; SUM, AVERAGE,
// MIN and MAX take the numbers of their ranges (text and logical values skipped), COUNT
// counts them; error values carry through (COUNT skips them); x/0 is #DIV/0!. A formula
// that refers to text or a logical value outside a range, to another sheet, to an unknown
// function, to a formula that is itself unknown, or to itself (a cycle) stays blank.
import { parseCell } from '../address';
import { parseFormula, type FormulaFunction, type FormulaNode } from './parse';
import { errorText } from '../text/normalize';
import type { CellError, CellValue, SheetSnapshot } from '../types';

const UNKNOWN = Symbol('unknown');
/** What a formula works out to: a number, an error value, or UNKNOWN (it stays blank). */
type Result = number | CellError | typeof UNKNOWN;

const DIV0: CellError = { error: '#DIV/0!' };
const NUM: CellError = { error: '#NUM!' };
/** Cells all of a sheet's formulas may look at together: past it, the rest stay blank, so a check stays quick. */
export const MAX_CELL_VISITS = 5_000_000;

/** A formula with no result: where it is (0-based in the snapshot) and what it says (null when unsupported). */
interface Pending {
  row: number;
  col: number;
  node: FormulaNode | null;
  /** The pending formulas it refers to, once looked up, and how many of them are worked out. */
  refs?: Pending[];
  done: number;
}

/** A range in the snapshot's own 0-based rows and columns, cut to what the snapshot holds. */
interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === '';
}

/** Sum, count, least and greatest of the numbers a function is given. */
class Numbers {
  sum = 0;
  count = 0;
  min = Infinity;
  max = -Infinity;

  add(n: number): void {
    this.sum += n;
    this.count++;
    this.min = Math.min(this.min, n);
    this.max = Math.max(this.max, n);
  }

  result(name: FormulaFunction): Result {
    if (name === 'COUNT') return this.count;
    if (name === 'AVERAGE') return this.count === 0 ? DIV0 : finite(this.sum / this.count);
    if (name === 'MIN') return this.count === 0 ? 0 : this.min;
    if (name === 'MAX') return this.count === 0 ? 0 : this.max;
    return finite(this.sum);
  }
}

function finite(n: number): Result {
  return Number.isFinite(n) ? n : NUM;
}

class FormulaSheet {
  private readonly pending = new Map<number, Pending>();
  /** The same formulas, top to bottom. */
  readonly formulas: Pending[] = [];
  private readonly results = new Map<Pending, Result>();
  private readonly top: number;
  private readonly left: number;
  private readonly width: number;
  private budget = MAX_CELL_VISITS;

  constructor(
    private readonly values: unknown[],
    formulas: unknown[],
    origin: string,
  ) {
    const at = parseCell(origin || 'A1') ?? { row: 1, col: 1 };
    this.top = at.row;
    this.left = at.col;
    let width = 0;
    for (const rows of [values, formulas]) for (const row of rows) if (Array.isArray(row)) width = Math.max(width, row.length);
    this.width = width;
    formulas.forEach((row, r) => {
      // Formulas below the last row of values are outside the snapshot.
      if (!Array.isArray(row) || r >= values.length) return;
      row.forEach((f: unknown, c) => {
        // Only a formula with no stored result at all: "" is a result Excel computed (=IF(…,"",…)).
        if (typeof f === 'string' && f.startsWith('=') && this.raw(r, c) == null) {
          const p: Pending = { row: r, col: c, node: parseFormula(f), done: 0 };
          this.pending.set(r * width + c, p);
          this.formulas.push(p);
        }
      });
    });
  }

  private raw(r: number, c: number): CellValue | undefined {
    const row = this.values[r];
    return Array.isArray(row) ? (row[c] as CellValue | undefined) : undefined;
  }

  private pendingAt(r: number, c: number): Pending | undefined {
    return r >= 0 && r < this.values.length && c >= 0 && c < this.width ? this.pending.get(r * this.width + c) : undefined;
  }

  /** Works out a formula and every pending formula it needs first, depth first without recursion. */
  resultOf(start: Pending): Result {
    const stack = [start];
    const onStack = new Set<Pending>([start]);
    while (stack.length > 0) {
      const p = stack[stack.length - 1];
      p.refs ??= p.node ? this.refsOf(p.node) : [];
      const refs = p.refs;
      // A formula already on the stack refers back to this one: a cycle, which reads as unknown.
      while (p.done < refs.length && (this.results.has(refs[p.done]) || onStack.has(refs[p.done]))) p.done++;
      if (p.done < refs.length) {
        const next = refs[p.done];
        stack.push(next);
        onStack.add(next);
        continue;
      }
      this.results.set(p, p.node ? this.evaluate(p.node) : UNKNOWN);
      stack.pop();
      onStack.delete(p);
    }
    return this.results.get(start) ?? UNKNOWN;
  }

  /** The pending formulas a formula refers to, directly or in its ranges. */
  private refsOf(node: FormulaNode): Pending[] {
    if (node.kind === 'number') return [];
    if (node.kind === 'cell') {
      const p = this.pendingAt(node.row - this.top, node.col - this.left);
      return p ? [p] : [];
    }
    if (node.kind === 'range') {
      const area = this.areaOf(node);
      if (!area) return [];
      const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      const inside = (p: Pending) => p.row >= area.top && p.row <= area.bottom && p.col >= area.left && p.col <= area.right;
      if (cells > this.pending.size) return this.spend(this.pending.size) ? this.formulas.filter(inside) : [];
      const found: Pending[] = [];
      if (!this.spend(cells)) return found;
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const p = this.pendingAt(r, c);
          if (p) found.push(p);
        }
      }
      return found;
    }
    if (node.kind === 'negate') return this.refsOf(node.operand);
    if (node.kind === 'binary') return [...this.refsOf(node.left), ...this.refsOf(node.right)];
    return node.args.flatMap((arg) => this.refsOf(arg));
  }

  private spend(cells: number): boolean {
    this.budget -= cells;
    return this.budget >= 0;
  }

  private areaOf(range: { top: number; left: number; bottom: number; right: number }): Area | null {
    const area = {
      top: Math.max(range.top - this.top, 0),
      left: Math.max(range.left - this.left, 0),
      bottom: Math.min(range.bottom - this.top, this.values.length - 1),
      right: Math.min(range.right - this.left, this.width - 1),
    };
    return area.top <= area.bottom && area.left <= area.right ? area : null;
  }

  /** A cell's value in arithmetic: blank is 0; text and logical values are not worked with. */
  private cell(r: number, c: number): Result {
    const p = this.pendingAt(r, c);
    if (p) return this.results.get(p) ?? UNKNOWN;
    const v = this.raw(r, c);
    if (isBlank(v)) return 0;
    if (typeof v === 'number') return finite(v);
    const error = v === undefined ? null : errorText(v);
    return error === null ? UNKNOWN : { error };
  }

  private evaluate(node: FormulaNode): Result {
    switch (node.kind) {
      case 'number':
        return node.value;
      case 'cell':
        return this.cell(node.row - this.top, node.col - this.left);
      case 'range':
        // A range outside a function (Excel's implicit intersection) is not worked out.
        return UNKNOWN;
      case 'negate': {
        const operand = this.evaluate(node.operand);
        return typeof operand === 'number' ? -operand : operand;
      }
      case 'binary':
        return this.arithmetic(node.op, this.evaluate(node.left), this.evaluate(node.right));
      case 'call':
        return this.call(node.name, node.args);
    }
  }

  private arithmetic(op: '+' | '-' | '*' | '/', a: Result, b: Result): Result {
    if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
    if (typeof a !== 'number') return a;
    if (typeof b !== 'number') return b;
    if (op === '/') return b === 0 ? DIV0 : finite(a / b);
    return finite(op === '+' ? a + b : op === '-' ? a - b : a * b);
  }

  private call(name: FormulaFunction, args: FormulaNode[]): Result {
    const numbers = new Numbers();
    for (const arg of args) {
      const failed =
        arg.kind === 'range' || arg.kind === 'cell'
          ? this.addRange(name, arg, numbers)
          : this.addValue(name, this.evaluate(arg), numbers);
      if (failed) return failed;
    }
    return numbers.result(name);
  }

  /** Adds an argument's value; returns what the whole function then is, if that is settled already. */
  private addValue(name: FormulaFunction, value: Result, numbers: Numbers): Result | null {
    if (typeof value === 'number') numbers.add(value);
    else if (value === UNKNOWN || name !== 'COUNT') return value;
    return null;
  }

  /** Adds the numbers of a range (a cell given to a function is a range of one): text, logical values and blanks are skipped. */
  private addRange(name: FormulaFunction, node: FormulaNode & { kind: 'range' | 'cell' }, numbers: Numbers): Result | null {
    const bounds = node.kind === 'cell' ? { top: node.row, left: node.col, bottom: node.row, right: node.col } : node;
    const area = this.areaOf(bounds);
    if (!area) return null;
    if (!this.spend((area.bottom - area.top + 1) * (area.right - area.left + 1))) return UNKNOWN;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const p = this.pendingAt(r, c);
        const v = p ? (this.results.get(p) ?? UNKNOWN) : this.raw(r, c);
        if (v === UNKNOWN || typeof v === 'number') {
          const failed = this.addValue(name, v, numbers);
          if (failed) return failed;
          continue;
        }
        const error = v === undefined ? null : errorText(v);
        if (error !== null && name !== 'COUNT') return { error };
      }
    }
    return null;
  }
}

/**
 * The snapshot with the value of each formula that has none (null or "") worked out where
 * the formula is simple enough (see above); the snapshot itself is left as it is. Never throws.
 */
export function fillFormulaValues(snap: SheetSnapshot): SheetSnapshot {
  if (!Array.isArray(snap.values) || !Array.isArray(snap.formulas)) return snap;
  const sheet = new FormulaSheet(snap.values, snap.formulas, snap.origin);
  const values = snap.values.slice();
  const copied = new Set<number>();
  for (const p of sheet.formulas) {
    const result = sheet.resultOf(p);
    if (result === UNKNOWN) continue;
    if (!copied.has(p.row)) {
      values[p.row] = Array.isArray(values[p.row]) ? values[p.row].slice() : [];
      copied.add(p.row);
    }
    const row = values[p.row];
    while (row.length < p.col) row.push(null);
    row[p.col] = typeof result === 'number' ? result : { ...result };
  }
  return copied.size === 0 ? snap : { ...snap, values };
}
