// Criteria tables built by hand in tests get their `result` as the engine works it out.
import { scoreTable, tableResult } from '../../src/engine/scoring/result';
import type { CriteriaSheet } from '../../src/engine/types';

export function withResult(table: Omit<CriteriaSheet, 'result'>): CriteriaSheet {
  return { ...table, result: tableResult(scoreTable(table.sections, table.sheet, []), []) };
}
