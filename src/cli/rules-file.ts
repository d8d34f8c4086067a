// A classification rules file (--rules R.json) for check and summary: its rules, or
// the one line saying why it cannot be used.
import { promises as fs } from 'node:fs';
import { rulesReason } from '../engine/messages';
import type { CallerRules } from '../engine/report';
import { parseRules } from '../engine/scoring/rules';
import type { Lang } from '../engine/types';
import { text } from './text';

export async function readRulesFile(file: string, lang: Lang): Promise<CallerRules | string> {
  const t = text(lang).rulesFile;
  let data: unknown;
  try {
    data = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (e) {
    const why = e instanceof SyntaxError ? t.notJson : ((e as NodeJS.ErrnoException).code ?? String(e));
    return t.cannotRead(file, why);
  }
  const reading = parseRules(data);
  if (reading.problem) return `${file}: ${rulesReason({ ...reading.problem }, lang)}`;
  return { rules: reading.rules, source: 'file', where: file };
}
