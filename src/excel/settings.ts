// Workbook settings (ExcelApi 1.4): JSON values under the add-in's keys.
import type { Runner } from './runner';

export const PLAN_SETTINGS_KEY = 'thidua.planSettings';
export const RULES_SETTINGS_KEY = 'thidua.classificationRules';

/** The parsed JSON under `key`, or null when absent or unreadable. */
export async function readSetting<T>(run: Runner, key: string): Promise<T | null> {
  return run(async (ctx) => {
    const s = ctx.workbook.settings.getItemOrNullObject(key).load('value');
    await ctx.sync();
    return s.isNullObject ? null : parseSetting<T>(s.value);
  });
}

export function parseSetting<T>(value: unknown): T | null {
  if (typeof value !== 'string') return (value ?? null) as T | null;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}

export async function writeSetting(run: Runner, key: string, value: unknown): Promise<void> {
  await run(async (ctx) => {
    ctx.workbook.settings.add(key, JSON.stringify(value));
    await ctx.sync();
  });
}
