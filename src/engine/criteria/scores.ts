// A criterion's own cells: the cap and the two scores as numbers, and what is wrong
// with them (text, error values, numbers stored as text, negatives, over the cap,
// missing self score, scores without a cap).
import type { CriteriaColumns } from '../detect/criteria-header';
import type { Grid } from '../grid';
import { htmlToLines } from '../text/html';
import { numericValue, type NumberReading } from '../text/normalize';
import type { Criterion, Finding } from '../types';
import { BLANK, type RowCells } from './row-cells';
import { roundScore } from './totals';

/** Titles are tidied (HTML to lines, spaces) only when there is something to tidy. */
export function tidyTitle(text: string): string {
  return /[<&\r\n\t]| {2}/.test(text) ? htmlToLines(text) : text;
}

/** Points beyond this are no score a person typed (1e308, a pasted ID): reported, never summed. */
export const MAX_POINTS = 1e9;

type CellKind = 'cap' | 'self' | 'appraised';

/** Reads the criterion on this row; what is wrong with its cells goes into `findings`. */
export function readCriterion(grid: Grid, cells: RowCells, columns: CriteriaColumns, findings: Finding[]): Criterion {
  const { row } = cells;
  const sheet = grid.name;
  const where: Record<CellKind, string> = {
    cap: grid.address(row, columns.cap),
    self: grid.address(row, columns.self),
    appraised: columns.appraised === null ? '' : grid.address(row, columns.appraised),
  };
  const tooLarge = new Set<CellKind>();
  const reading = (kind: CellKind): NumberReading => {
    const value = numericValue(cells[kind]);
    if (value === null || Math.abs(value) <= MAX_POINTS) return cells[kind];
    findings.push({ code: 'NUMBER_TOO_LARGE', sheet, cell: where[kind], params: { kind, value, limit: MAX_POINTS } });
    tooLarge.add(kind);
    return BLANK;
  };
  const capReading = reading('cap');
  const selfReading = reading('self');
  const appraisedReading = reading('appraised');
  const criterion: Criterion = {
    row,
    order: cells.order,
    title: tidyTitle(cells.title),
    cap: numericValue(capReading),
    self: numericValue(selfReading),
    appraised: numericValue(appraisedReading),
    capCell: where.cap,
    selfCell: where.self,
    appraisedCell: where.appraised,
  };
  const { cap } = criterion;
  if (cap === null && !tooLarge.has('cap') && (cells.self.kind !== 'blank' || cells.appraised.kind !== 'blank')) {
    findings.push({ code: 'CAP_MISSING', sheet, cell: criterion.capCell, params: {} });
  }
  if (capReading.kind === 'text-number')
    findings.push({ code: 'NUMBER_AS_TEXT', sheet, cell: criterion.capCell, params: { kind: 'cap', value: capReading.text } });
  if (cap !== null && cells.self.kind === 'blank')
    findings.push({ code: 'SCORE_MISSING', sheet, cell: criterion.selfCell, params: {} });
  checkScore('self', selfReading, criterion.selfCell, cap, sheet, findings);
  checkScore('appraised', appraisedReading, criterion.appraisedCell, cap, sheet, findings);
  if (criterion.self !== null && criterion.appraised !== null && roundScore(criterion.self) !== roundScore(criterion.appraised)) {
    findings.push({
      code: 'APPRAISED_DIFFERS',
      sheet,
      cell: criterion.appraisedCell,
      params: { self: criterion.self, appraised: criterion.appraised },
    });
  }
  return criterion;
}

function checkScore(
  kind: 'self' | 'appraised',
  reading: NumberReading,
  cell: string,
  cap: number | null,
  sheet: string,
  findings: Finding[],
): void {
  if (reading.kind === 'text' || reading.kind === 'error') {
    findings.push({ code: 'SCORE_NOT_NUMBER', sheet, cell, params: { kind, value: reading.text } });
    return;
  }
  if (reading.kind === 'blank') return;
  if (reading.kind === 'text-number')
    findings.push({ code: 'NUMBER_AS_TEXT', sheet, cell, params: { kind, value: reading.text } });
  const score = roundScore(reading.value);
  if (score < 0) findings.push({ code: 'SCORE_NEGATIVE', sheet, cell, params: { kind, score } });
  else if (cap !== null && score > roundScore(cap))
    findings.push({ code: 'SCORE_OVER_CAP', sheet, cell, params: { kind, score, cap } });
}
