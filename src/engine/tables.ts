// Every table of one sheet, criteria and plan tables alike, top to bottom. A header is
// looked for in the sheet's first rows, and in as many rows after each table of either
// kind: a plan under a long criteria table is found, and a criteria table under a plan.
import { readTable } from './criteria/table';
import { findCriteriaHeader, type CriteriaHeader } from './detect/criteria-header';
import { findPlanHeader } from './detect/plan-header';
import type { Grid } from './grid';
import { readPlanTable } from './plan/read-table';
import type { CriteriaSheet, Finding, PlanSheet } from './types';

/** How many rows from the top (or from a table's end) a header is looked for in. */
export const HEADER_SEARCH_ROWS = 30;

export interface SheetTables {
  criteria: { tables: CriteriaSheet[]; findings: Finding[] };
  plans: { tables: PlanSheet[]; findings: Finding[] };
}

/** Reads every criteria and plan table of the sheet. Never throws. */
export function readTables(grid: Grid): SheetTables {
  const found: SheetTables = { criteria: { tables: [], findings: [] }, plans: { tables: [], findings: [] } };
  // Not push(...): a sheet can hold more findings than a call takes arguments.
  const keep = (into: Finding[], findings: Finding[]) => {
    for (const finding of findings) into.push(finding);
  };
  let from = grid.top;
  /** The header of a criteria table that ended the table above. */
  let pending: CriteriaHeader | null = null;
  while (from <= grid.bottom) {
    const to = from + HEADER_SEARCH_ROWS - 1;
    const criteria = pending ?? findCriteriaHeader(grid, from, to);
    const plan = findPlanHeader(grid, from, criteria ? criteria.row - 1 : to);
    pending = null;
    if (plan) {
      const reading = readPlanTable(grid, plan);
      found.plans.tables.push(reading.plan);
      keep(found.plans.findings, reading.findings);
      from = reading.end + 1;
    } else if (criteria) {
      const read = readTable(grid, criteria);
      found.criteria.tables.push(read.table);
      keep(found.criteria.findings, read.findings);
      pending = read.nextHeader;
      from = read.endRow;
    } else {
      break;
    }
  }
  return found;
}
