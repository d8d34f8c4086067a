// A criterion's own cells: the cap and the two scores as numbers, its evidence text, and
// what is wrong with them (text, error values, numbers stored as text, negatives, over
// the cap, missing self score, scores without a cap, points claimed without evidence).
// How a score is checked depends on its kind:
// - base and bonus: 0..cap; a blank bonus is no bonus claimed (no SCORE_MISSING);
// - penalty: a deduction in either sign (2 and -2 both deduct 2), at most the cap; a
//   penalty criterion needs no cap, and a blank one deducts nothing.
import type { CriteriaColumns } from '../detect/criteria-header';
import type { Grid } from '../grid';
import { htmlToLines } from '../text/html';
import { cellText, numericValue, type NumberReading } from '../text/normalize';
import type { Criterion, Finding, ScoreKind } from '../types';
import { BLANK, type RowCells } from './row-cells';
import { countedScore, roundScore } from './totals';

/** Titles are tidied (HTML to lines, spaces) only when there is something to tidy. */
export function tidyTitle(text: string): string {
  return /[<&\r\n\t]| {2}/.test(text) ? htmlToLines(text) : text;
}

/** Points beyond this are no score a person typed (1e308, a pasted ID): reported, never summed. */
export const MAX_POINTS = 1e9;

type CellKind = 'cap' | 'self' | 'appraised';

/** Reads the criterion on this row; what is wrong with its cells goes into `findings`. */
export function readCriterion(
  grid: Grid,
  cells: RowCells,
  columns: CriteriaColumns,
  kind: ScoreKind,
  findings: Finding[],
): Criterion {
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
    basis: columns.basis === null ? '' : basisText(grid, row, columns.basis),
    basisCell: columns.basis === null ? '' : grid.address(row, columns.basis),
  };
  const { cap } = criterion;
  const scored = cells.self.kind !== 'blank' || cells.appraised.kind !== 'blank';
  if (cap === null && !tooLarge.has('cap') && scored && kind !== 'penalty') {
    findings.push({ code: 'CAP_MISSING', sheet, cell: criterion.capCell, params: {} });
  }
  if (capReading.kind === 'text-number')
    findings.push({ code: 'NUMBER_AS_TEXT', sheet, cell: criterion.capCell, params: { kind: 'cap', value: capReading.text } });
  if (cap !== null && cells.self.kind === 'blank' && kind === 'base')
    findings.push({ code: 'SCORE_MISSING', sheet, cell: criterion.selfCell, params: {} });
  checkScore('self', selfReading, criterion.selfCell, cap, kind, sheet, findings);
  checkScore('appraised', appraisedReading, criterion.appraisedCell, cap, kind, sheet, findings);
  const counted = (score: number) => roundScore(countedScore(score, kind) ?? 0);
  if (criterion.self !== null && criterion.appraised !== null && counted(criterion.self) !== counted(criterion.appraised)) {
    findings.push({
      code: 'APPRAISED_DIFFERS',
      sheet,
      cell: criterion.appraisedCell,
      params: { self: criterion.self, appraised: criterion.appraised },
    });
  }
  // Appraisal teams ask for the evidence of every point claimed (a deduction claims none).
  if (columns.basis !== null && kind !== 'penalty' && criterion.self !== null && criterion.self > 0 && criterion.basis === '')
    findings.push({ code: 'EVIDENCE_MISSING', sheet, cell: criterion.basisCell ?? '', params: { self: criterion.self } });
  return criterion;
}

/** The evidence text; one cell merged down several criteria is the evidence of each. */
function basisText(grid: Grid, row: number, col: number): string {
  const merge = grid.mergeAt(row, col);
  const text = merge ? grid.text(row, col) : cellText(grid.raw(row, col));
  return text === '' ? '' : htmlToLines(text);
}

function checkScore(
  side: 'self' | 'appraised',
  reading: NumberReading,
  cell: string,
  cap: number | null,
  kind: ScoreKind,
  sheet: string,
  findings: Finding[],
): void {
  if (reading.kind === 'text' || reading.kind === 'error') {
    findings.push({ code: 'SCORE_NOT_NUMBER', sheet, cell, params: { kind: side, value: reading.text } });
    return;
  }
  if (reading.kind === 'blank') return;
  if (reading.kind === 'text-number')
    findings.push({ code: 'NUMBER_AS_TEXT', sheet, cell, params: { kind: side, value: reading.text } });
  const score = roundScore(reading.value);
  const counted = roundScore(countedScore(score, kind) ?? 0);
  if (counted < 0) findings.push({ code: 'SCORE_NEGATIVE', sheet, cell, params: { kind: side, score } });
  else if (cap !== null && counted > roundScore(countedScore(cap, kind) ?? cap))
    findings.push({ code: 'SCORE_OVER_CAP', sheet, cell, params: { kind: side, score, cap } });
}
