// One table row read once: its texts by column and its three score cells. Cells are read
// as their own values (ownValue), not as a merge shows them: a title merged across the
// row stands in its first cell only, and a group cell merged down its criteria is blank
// below its first row, which keeps those rows in the same group.
import { ownValue, type CriteriaColumns } from '../detect/criteria-header';
import type { Grid } from '../grid';
import { cellText, readNumber, type NumberReading } from '../text/normalize';

export interface TextCell {
  col: number;
  text: string;
}

export interface RowCells {
  row: number;
  /** Non-empty cells of the table's columns, left to right. */
  cells: TextCell[];
  order: string;
  group: string;
  title: string;
  cap: NumberReading;
  self: NumberReading;
  appraised: NumberReading;
}

export function readRowCells(grid: Grid, row: number, columns: CriteriaColumns): RowCells {
  const cells: TextCell[] = [];
  let order = '';
  let group = '';
  let title = '';
  for (let col = columns.left; col <= columns.right; col++) {
    const text = cellText(ownValue(grid, row, col));
    if (text === '') continue;
    cells.push({ col, text });
    if (col === columns.order) order = text;
    else if (col === columns.group) group = text;
    else if (col === columns.title) title = text;
  }
  return {
    row,
    cells,
    order,
    group,
    title,
    cap: readNumber(ownValue(grid, row, columns.cap)),
    self: readNumber(ownValue(grid, row, columns.self)),
    appraised: columns.appraised === null ? BLANK : readNumber(ownValue(grid, row, columns.appraised)),
  };
}

export const BLANK: NumberReading = { kind: 'blank' };

export function isNumeric(r: NumberReading): boolean {
  return r.kind === 'number' || r.kind === 'text-number';
}

export function scoreReadings(cells: RowCells): NumberReading[] {
  return [cells.cap, cells.self, cells.appraised];
}
