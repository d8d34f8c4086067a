// Criteria tables of one sheet: every table whose header names a cap and a self-score
// column, one after another. The first header is looked for in the sheet's first rows;
// each next one within as many rows after the table before it.
import { findCriteriaHeader, type CriteriaHeader } from '../detect/criteria-header';
import type { Grid } from '../grid';
import type { CriteriaSheet, Finding } from '../types';
import { readTable } from './table';

/** How many rows from the top (or from a table's end) a header is looked for in. */
const HEADER_SEARCH_ROWS = 30;

export function readCriteria(grid: Grid): { tables: CriteriaSheet[]; findings: Finding[] } {
  const tables: CriteriaSheet[] = [];
  const findings: Finding[] = [];
  let header: CriteriaHeader | null = findCriteriaHeader(grid, grid.top, grid.top + HEADER_SEARCH_ROWS - 1);
  while (header) {
    const read = readTable(grid, header);
    tables.push(read.table);
    // Not push(...): a sheet can hold more findings than a call takes arguments.
    for (const finding of read.findings) findings.push(finding);
    header = read.nextHeader ?? findCriteriaHeader(grid, read.endRow, read.endRow + HEADER_SEARCH_ROWS - 1);
  }
  return { tables, findings };
}
