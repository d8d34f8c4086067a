// A criterion's own cells: the cap and the two scores as numbers, and what is wrong
// with them (text, error values, numbers stored as text, negatives, over the cap,
// missing self score, scores without a cap).
import type { CriteriaColumns } from '../detect/criteria-header';
import type { Grid } from '../grid';
import { htmlToLines } from '../text/html';
import { numericValue, type NumberReading } from '../text/normalize';
import type { Criterion, Finding, IssueCode, IssueParams } from '../types';
import type { RowCells } from './row-cells';
import { roundScore } from './totals';

type ScoreKind = 'self' | 'appraised';

export function readCriterion(grid: Grid, cells: RowCells, columns: CriteriaColumns): { criterion: Criterion; findings: Finding[] } {
  const { row } = cells;
  const cell = (col: number | null) => (col === null ? '' : grid.address(row, col));
  const criterion: Criterion = {
    row,
    order: cells.order,
    title: htmlToLines(cells.title),
    cap: numericValue(cells.cap),
    self: numericValue(cells.self),
    appraised: numericValue(cells.appraised),
    capCell: cell(columns.cap),
    selfCell: cell(columns.self),
    appraisedCell: cell(columns.appraised),
  };
  const findings: Finding[] = [];
  const add = (code: IssueCode, at: string, params: IssueParams = {}) => findings.push({ code, sheet: grid.name, cell: at, params });

  const scores: [ScoreKind, NumberReading, string][] = [
    ['self', cells.self, criterion.selfCell],
    ['appraised', cells.appraised, criterion.appraisedCell],
  ];
  const hasScore = scores.some(([, reading]) => reading.kind !== 'blank');
  if (criterion.cap === null && hasScore) add('CAP_MISSING', criterion.capCell);
  if (criterion.cap !== null && cells.self.kind === 'blank') add('SCORE_MISSING', criterion.selfCell);

  for (const [kind, reading, at] of scores) {
    if (reading.kind === 'text' || reading.kind === 'error') {
      add('SCORE_NOT_NUMBER', at, { kind, value: reading.text });
      continue;
    }
    if (reading.kind !== 'number' && reading.kind !== 'text-number') continue;
    if (reading.kind === 'text-number') add('NUMBER_AS_TEXT', at, { kind, value: reading.text });
    const score = roundScore(reading.value);
    if (score < 0) add('SCORE_NEGATIVE', at, { kind, score });
    else if (criterion.cap !== null && score > roundScore(criterion.cap)) add('SCORE_OVER_CAP', at, { kind, score, cap: criterion.cap });
  }

  if (criterion.self !== null && criterion.appraised !== null && roundScore(criterion.self) !== roundScore(criterion.appraised)) {
    add('APPRAISED_DIFFERS', criterion.appraisedCell, { self: criterion.self, appraised: criterion.appraised });
  }
  return { criterion, findings };
}
