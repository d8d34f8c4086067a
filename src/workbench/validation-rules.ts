// Data validation rules between ExcelJS ({ type: 'decimal', formulae: [0, '$E9'] })
// and the in-memory host (Office.js names, formulas written with "=").
import type ExcelJS from 'exceljs';
import type { ValidationData } from '../memory-excel';

type Rule = ValidationData['rule'];

const TYPES: Record<string, Rule['type']> = {
  decimal: 'Decimal',
  whole: 'WholeNumber',
  list: 'List',
  custom: 'Custom',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
};
const OPERATORS: Record<string, string> = {
  between: 'Between',
  notBetween: 'NotBetween',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
};
const STYLES = { error: 'Stop', warning: 'Warning', information: 'Information' } as const;

const keyOf = <V>(m: Record<string, V>, v: V) => Object.keys(m).find((k) => m[k] === v);

/** ExcelJS formula operand -> host operand: numbers stay numbers, anything else is a formula. */
function operandFromExcel(f: unknown): string | number | undefined {
  if (f === undefined || f === null) return undefined;
  if (typeof f === 'number') return f;
  const s = String(f);
  return s !== '' && Number.isFinite(Number(s)) ? Number(s) : `=${s.replace(/^=/, '')}`;
}

/**
 * The host's form of an ExcelJS validation; null for rules it cannot hold, and for
 * number rules whose bound was a reference: ExcelJS reads those as NaN.
 */
export function ruleFromExcel(dv: ExcelJS.DataValidation): Omit<ValidationData, 'address'> | null {
  const type = TYPES[dv.type];
  if (!type) return null;
  const formulae = (dv.formulae ?? []) as unknown[];
  if (formulae.some((f) => typeof f === 'number' && Number.isNaN(f))) return null;
  const rule: Rule = { type };
  if (type === 'List') rule.source = String(formulae[0] ?? '');
  else {
    rule.formula1 = operandFromExcel(formulae[0]);
    if (formulae[1] !== undefined) rule.formula2 = operandFromExcel(formulae[1]);
    if (type !== 'Custom') rule.operator = OPERATORS[dv.operator ?? 'between'] ?? 'Between';
  }
  for (const k of Object.keys(rule) as (keyof Rule)[]) if (rule[k] === undefined) delete rule[k];
  return {
    rule,
    errorAlert: {
      showAlert: dv.showErrorMessage ?? false,
      style: STYLES[dv.errorStyle as keyof typeof STYLES] ?? 'Stop',
      title: dv.errorTitle ?? '',
      message: dv.error ?? '',
    },
    prompt: { showPrompt: dv.showInputMessage ?? false, title: dv.promptTitle ?? '', message: dv.prompt ?? '' },
    ignoreBlanks: dv.allowBlank ?? false,
  };
}

const operandToExcel = (v: string | number | undefined) => (typeof v === 'string' ? v.replace(/^=/, '') : v);

/** ExcelJS's form of a host validation; null for a type ExcelJS cannot write. */
export function ruleToExcel(v: ValidationData): ExcelJS.DataValidation | null {
  const type = keyOf(TYPES, v.rule.type) as ExcelJS.DataValidation['type'] | undefined;
  if (!type) return null;
  const formulae =
    v.rule.type === 'List'
      ? [v.rule.source ?? '']
      : [v.rule.formula1, v.rule.formula2].filter((f) => f !== undefined).map(operandToExcel);
  const operator = v.rule.operator
    ? (keyOf(OPERATORS, v.rule.operator) as ExcelJS.DataValidationOperator | undefined)
    : undefined;
  const alert = v.errorAlert ?? {};
  const prompt = v.prompt ?? {};
  return {
    type,
    formulae,
    ...(operator ? { operator } : {}),
    allowBlank: v.ignoreBlanks ?? true,
    showErrorMessage: alert.showAlert ?? true,
    errorStyle: keyOf(STYLES, alert.style ?? 'Stop'),
    errorTitle: alert.title ?? '',
    error: alert.message ?? '',
    showInputMessage: prompt.showPrompt ?? false,
    promptTitle: prompt.title ?? '',
    prompt: prompt.message ?? '',
  };
}
