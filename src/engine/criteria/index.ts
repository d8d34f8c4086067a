// Criteria tables of one sheet: every table whose header names a cap and a self-score
// column. Tables are found together with the sheet's plan tables (see tables.ts).
import type { Grid } from '../grid';
import { readTables } from '../tables';
import type { CriteriaSheet, Finding } from '../types';

export function readCriteria(grid: Grid): { tables: CriteriaSheet[]; findings: Finding[] } {
  return readTables(grid).criteria;
}
