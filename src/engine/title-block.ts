// The issuing unit and its superior body as a workbook's title block names them:
// the lines above its tables (`TỔNG LĐLĐ VIỆT NAM` over `CÔNG ĐOÀN DẦU KHÍ VIỆT NAM`,
// or a title `… TRỰC THUỘC TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM NĂM 2023`). Used to fill
// a plan's header when the settings leave it empty.
import { criteriaHeaderAt } from './detect/criteria-header';
import { planHeaderAt } from './detect/plan-header';
import { Grid } from './grid';
import { canonical, fold } from './text/normalize';
import type { SheetSnapshot } from './types';

export interface TitleBlock {
  /** The superior body, in capitals; "" when no sheet names it. */
  superior: string;
  /** The issuing unit, in capitals; "" when no sheet names it. */
  unit: string;
}

/** A title block is in the first rows and columns of a sheet, above its first table. */
const TITLE_ROWS = 12;
const TITLE_COLS = 12;
/** A body's name is one short line; a longer text is a title or a sentence. */
const MAX_NAME_LENGTH = 70;

/** Folded starts of a union body's name (Công đoàn …, Liên đoàn Lao động …, Tổng Liên đoàn …). */
const BODY = /^(ban chap hanh |bch )?(tong lien doan|tong ldld|lien doan lao dong|ldld|cong doan|cdcs|cd) /;
/** `… trực thuộc <superior> năm 2023`: the superior named in a title. */
const UNDER = /\btr[ựu]c thu[ộo]c\s+(.+?)(\s+n[ăa]m\s+\d{4}.*)?$/iu;

function titleLines(grid: Grid): string[] {
  const lines: string[] = [];
  const lastCol = Math.min(grid.right, grid.left + TITLE_COLS - 1);
  for (let row = grid.top; row <= Math.min(grid.bottom, grid.top + TITLE_ROWS - 1); row++) {
    if (planHeaderAt(grid, row) || criteriaHeaderAt(grid, row)) break;
    for (let col = grid.left; col <= lastCol; col++) {
      const m = grid.mergeAt(row, col);
      if (m && (m.top !== row || m.left !== col)) continue;
      const text = canonical(grid.text(row, col)).replace(/\s+/g, ' ').trim();
      if (text !== '') lines.push(text);
    }
  }
  return lines;
}

const isBody = (line: string) => line.length <= MAX_NAME_LENGTH && BODY.test(`${fold(line)} `);
const isTop = (line: string) => /^tong (lien doan|ldld)\b/.test(fold(line));

/** What one sheet's title block says; "" for what it does not. */
function sheetTitleBlock(grid: Grid): TitleBlock {
  const lines = titleLines(grid);
  const bodies = lines.filter(isBody);
  let superior = '';
  let unit = '';
  // Two names one under the other: the superior body, then the issuing unit.
  if (bodies.length >= 2) [superior, unit] = bodies;
  else if (bodies.length === 1 && isTop(bodies[0])) superior = bodies[0];
  else if (bodies.length === 1) unit = bodies[0];
  if (!superior) {
    for (const line of lines) {
      const named = UNDER.exec(line)?.[1]?.replace(/[\s.,;:]+$/, '');
      if (named && isBody(named)) {
        superior = named;
        break;
      }
    }
  }
  return { superior: superior.toUpperCase(), unit: unit.toUpperCase() };
}

/** The first unit (and its superior) any sheet's title block names, in sheet order. */
export function readTitleBlock(snapshots: SheetSnapshot[]): TitleBlock {
  const found: TitleBlock = { superior: '', unit: '' };
  for (const snapshot of snapshots) {
    const block = sheetTitleBlock(new Grid(snapshot));
    if (!found.unit && block.unit) {
      found.unit = block.unit;
      if (block.superior) found.superior = block.superior;
    }
    if (!found.superior) found.superior = block.superior;
    if (found.unit && found.superior) break;
  }
  return found;
}

/**
 * The abbreviation of a unit's name in a document number (`Số: …/KH-CĐDK`): the
 * initials of its words (abbreviations kept whole), without a closing "Việt Nam" after a name of its own. "" for an empty name.
 */
export function unitAbbreviation(unit: string): string {
  const words = canonical(unit).toUpperCase().split(/\s+/).filter(Boolean);
  if (words.length > 4 && fold(words.slice(-2).join(' ')) === 'viet nam') words.splice(-2);
  // A word with no vowel is an abbreviation already (CĐ, LĐLĐ, TCT): it is kept whole.
  const initials = words.map((w) => (/[AEIOUY]/.test(fold(w).toUpperCase()) ? w[0] : w));
  return initials
    .join('')
    .replace(/[^\p{L}]/gu, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}
