// Data validation: per-cell rules (each cell points to the validation set on its
// range, with relative references measured from that range's top-left cell).
import type { RangeRef } from '../engine/address';
import { assertWritable } from './cells';
import { MESSAGES, officeError } from './errors';
import { evaluateFormula, shiftFormula } from './formulas';
import type { SheetModel, Validation, ValidationAlert, ValidationPrompt, ValidationRule, WorkbookModel } from './model';
import { ChildProxy } from './proxy';
import type { RangeTarget } from './range';

export const PROMPT_TITLE_MAX = 32;
export const PROMPT_MESSAGE_MAX = 255;
export const ALERT_TITLE_MAX = 32;
export const ALERT_MESSAGE_MAX = 225;

/** Office's rule shape: `{ decimal: { formula1, formula2, operator } }`, `{ list: { source } }`, … */
export type OfficeRule = Record<string, Record<string, unknown>>;

const RULE_KEYS: Record<string, ValidationRule['type']> = {
  decimal: 'Decimal',
  wholeNumber: 'WholeNumber',
  list: 'List',
  custom: 'Custom',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
};

export function ruleFromOffice(rule: OfficeRule): ValidationRule {
  const key = Object.keys(rule).find((k) => k in RULE_KEYS && rule[k]);
  if (!key) throw officeError('InvalidArgument', 'The data validation rule is invalid.');
  const body = rule[key];
  return {
    type: RULE_KEYS[key],
    operator: body.operator as string | undefined,
    formula1: (body.formula1 ?? body.formula) as string | number | undefined,
    formula2: body.formula2 as string | number | undefined,
    source: body.source as string | undefined,
  };
}

function shiftValue(v: string | number | undefined, dRow: number, dCol: number): string | number | undefined {
  return typeof v === 'string' && v.startsWith('=') ? shiftFormula(v, dRow, dCol) : v;
}

/** The rule as Office reports it for a range whose top-left cell is (row, col). */
export function ruleToOffice(v: Validation, row: number, col: number): OfficeRule {
  const dRow = row - v.anchorRow;
  const dCol = col - v.anchorCol;
  const key = Object.keys(RULE_KEYS).find((k) => RULE_KEYS[k] === v.rule.type)!;
  const body: Record<string, unknown> = {};
  if (v.rule.type === 'List') {
    body.inCellDropDown = true;
    body.source = v.rule.source;
  } else if (v.rule.type === 'Custom') {
    body.formula = shiftValue(v.rule.formula1, dRow, dCol);
  } else {
    body.formula1 = shiftValue(v.rule.formula1, dRow, dCol);
    if (v.rule.formula2 !== undefined) body.formula2 = shiftValue(v.rule.formula2, dRow, dCol);
    body.operator = v.rule.operator;
  }
  return { [key]: body };
}

export function validationAt(sheet: SheetModel, row: number, col: number): Validation | undefined {
  return sheet.validations.get(row)?.get(col);
}

function forEachCell(r: RangeRef, fn: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(row, col);
}

export function setValidation(sheet: SheetModel, r: RangeRef, v: Validation | null): void {
  forEachCell(r, (row, col) => {
    let cols = sheet.validations.get(row);
    if (v) {
      if (!cols) sheet.validations.set(row, (cols = new Map()));
      cols.set(col, v);
    } else if (cols?.delete(col) && cols.size === 0) sheet.validations.delete(row);
  });
}

/** Replaces each cell's validation by `change(v)`, keeping cells that shared one sharing the new one. */
function changeValidation(sheet: SheetModel, r: RangeRef, change: (v: Validation) => Validation): void {
  const memo = new Map<Validation, Validation>();
  forEachCell(r, (row, col) => {
    const v = validationAt(sheet, row, col);
    if (!v) return;
    let next = memo.get(v);
    if (!next) memo.set(v, (next = change(v)));
    sheet.validations.get(row)!.set(col, next);
  });
}

/** None, the common type, Inconsistent (some cells differ in type or have none) or MixedCriteria. */
export function validationType(sheet: SheetModel, r: RangeRef): string {
  const distinct = new Set<Validation | undefined>();
  forEachCell(r, (row, col) => distinct.add(validationAt(sheet, row, col)));
  const list = [...distinct];
  if (list.length === 1) return list[0]?.rule.type ?? 'None';
  if (list.some((v) => !v) || new Set(list.map((v) => v!.rule.type)).size > 1) return 'Inconsistent';
  const shapes = new Set(list.map((v) => JSON.stringify([ruleToOffice(v!, r.top, r.left), v!.errorAlert, v!.prompt])));
  return shapes.size === 1 ? list[0]!.rule.type : 'MixedCriteria';
}

export function newValidation(rule: ValidationRule, r: RangeRef): Validation {
  return {
    rule,
    errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    prompt: { showPrompt: false, title: '', message: '' },
    ignoreBlanks: true,
    anchorRow: r.top,
    anchorCol: r.left,
  };
}

export class DataValidationProxy extends ChildProxy<RangeTarget, RangeTarget> {
  protected fromParent(p: RangeTarget): RangeTarget {
    return p;
  }

  protected override scalars(): Record<string, (t: RangeTarget) => unknown> {
    const first = (t: RangeTarget): Validation | undefined => validationAt(t.sheet, t.rect.top, t.rect.left);
    return {
      type: (t) => validationType(t.sheet, t.rect),
      rule: (t) => {
        const v = first(t);
        return v ? ruleToOffice(v, t.rect.top, t.rect.left) : {};
      },
      errorAlert: (t) => ({ ...(first(t)?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' }) }),
      prompt: (t) => ({ ...(first(t)?.prompt ?? { showPrompt: false, title: '', message: '' }) }),
      ignoreBlanks: (t) => first(t)?.ignoreBlanks ?? true,
    };
  }

  get type(): string {
    return this.get('type');
  }
  get rule(): OfficeRule {
    return this.get('rule');
  }
  set rule(rule: OfficeRule) {
    this.write(rule, (t) => {
      assertWritable(t.sheet);
      // As Excel on the web: a rule over a range whose cells have differing rules (or some none) is refused.
      const type = validationType(t.sheet, t.rect);
      if (type === 'Inconsistent' || type === 'MixedCriteria') throw officeError('InvalidOperation', MESSAGES.mixedValidation);
      setValidation(t.sheet, t.rect, newValidation(ruleFromOffice(rule), t.rect));
    });
  }
  get errorAlert(): ValidationAlert {
    return this.get('errorAlert');
  }
  set errorAlert(alert: Partial<ValidationAlert>) {
    this.write(alert, (t) => {
      assertWritable(t.sheet);
      // Excel's error alert holds a title of 32 characters and a message of 225 at most.
      if ((alert.title?.length ?? 0) > ALERT_TITLE_MAX || (alert.message?.length ?? 0) > ALERT_MESSAGE_MAX)
        throw officeError('InvalidArgument', `${MESSAGES.invalidArgument}: errorAlert.`);
      changeValidation(t.sheet, t.rect, (v) => ({ ...v, errorAlert: { ...v.errorAlert, ...alert } }));
    });
  }
  get prompt(): ValidationPrompt {
    return this.get('prompt');
  }
  set prompt(prompt: Partial<ValidationPrompt>) {
    this.write(prompt, (t) => {
      assertWritable(t.sheet);
      // Excel's input message holds a title of 32 characters and a message of 255 at most.
      if ((prompt.title?.length ?? 0) > PROMPT_TITLE_MAX || (prompt.message?.length ?? 0) > PROMPT_MESSAGE_MAX)
        throw officeError('InvalidArgument', `${MESSAGES.invalidArgument}: prompt.`);
      changeValidation(t.sheet, t.rect, (v) => ({ ...v, prompt: { ...v.prompt, ...prompt } }));
    });
  }
  get ignoreBlanks(): boolean {
    return this.get('ignoreBlanks');
  }
  set ignoreBlanks(on: boolean) {
    this.write(on, (t) => {
      assertWritable(t.sheet);
      changeValidation(t.sheet, t.rect, (v) => ({ ...v, ignoreBlanks: on }));
    });
  }

  clear(): void {
    this.write(null, (t) => {
      assertWritable(t.sheet);
      setValidation(t.sheet, t.rect, null);
    });
  }
}

export interface InputCheck {
  /** False when a Stop alert refuses the value. */
  accepted: boolean;
  /** The alert Excel would show (refusal, or a warning the user accepts). */
  alert?: { style: string; title: string; message: string };
}

function bound(v: string | number | undefined, dRow: number, dCol: number, model: WorkbookModel, sheet: SheetModel): number {
  if (typeof v === 'number') return v;
  if (v === undefined) return NaN;
  const f = String(shiftValue(v, dRow, dCol));
  const r = f.startsWith('=') ? evaluateFormula(f, model, sheet) : Number(f);
  if (r === null || r === '') return 0;
  return typeof r === 'number' ? r : Number(r);
}

function satisfies(op: string | undefined, x: number, a: number, b: number): boolean {
  switch (op) {
    case 'NotBetween':
      return x < Math.min(a, b) || x > Math.max(a, b);
    case 'EqualTo':
      return x === a;
    case 'NotEqualTo':
      return x !== a;
    case 'GreaterThan':
      return x > a;
    case 'LessThan':
      return x < a;
    case 'GreaterThanOrEqualTo':
      return x >= a;
    case 'LessThanOrEqualTo':
      return x <= a;
    default:
      return x >= Math.min(a, b) && x <= Math.max(a, b);
  }
}

/** What Excel does when a user types `input` into a cell with number validation. */
export function checkInput(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
  input: string | number,
): InputCheck {
  const v = validationAt(sheet, row, col);
  if (!v || (v.rule.type !== 'Decimal' && v.rule.type !== 'WholeNumber')) return { accepted: true };
  const text = String(input).trim();
  if (text === '' && v.ignoreBlanks) return { accepted: true };
  const x = typeof input === 'number' ? input : /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
  const dRow = row - v.anchorRow;
  const dCol = col - v.anchorCol;
  const ok =
    Number.isFinite(x) &&
    (v.rule.type !== 'WholeNumber' || Number.isInteger(x)) &&
    satisfies(
      v.rule.operator,
      x,
      bound(v.rule.formula1, dRow, dCol, model, sheet),
      bound(v.rule.formula2, dRow, dCol, model, sheet),
    );
  if (ok || !v.errorAlert.showAlert) return { accepted: true };
  const alert = { style: v.errorAlert.style, title: v.errorAlert.title, message: v.errorAlert.message };
  return { accepted: v.errorAlert.style !== 'Stop', alert };
}
