// What must hold of any report, whatever the sheets held: shared by the fast and the
// slow property tests. Each check throws (via expect) with what went wrong.
import { formatRange, parseRange, type RangeRef } from '../../src/engine/address';
import { checkWorkbook, MAX_ROWS } from '../../src/engine/report';
import type { Group, Issue, IssueCode, Report, ScoreKind, SheetSnapshot, SideResult, Totals } from '../../src/engine/types';
import type { CriteriaTable, CriterionModel, ScoreCell } from './arbitraries';

const WORKBOOK_CODES: IssueCode[] = ['NO_TABLE_FOUND', 'SHEET_TOO_LARGE'];
const SEVERITIES = ['error', 'warning', 'info'];

/** Gives every snapshot its own name, so each issue can be traced to its sheet. */
export function nameApart(snapshots: SheetSnapshot[]): SheetSnapshot[] {
  return snapshots.map((s, i) => ({ ...s, name: `${s.name} #${i + 1}` }));
}

/** The sheet area a snapshot covers (rows past MAX_ROWS are not read); null when it is empty. */
function area(s: SheetSnapshot): RangeRef | null {
  const origin = parseRange(s.origin);
  const rows = Math.min(s.values.length, MAX_ROWS);
  const cols = s.values.reduce((w, r) => Math.max(w, r.length), 0);
  if (!origin || rows === 0 || cols === 0) return null;
  return { top: origin.top, left: origin.left, bottom: origin.top + rows - 1, right: origin.left + cols - 1 };
}

/** What is wrong with one issue (its twin is the same issue in the other language); [] when nothing. */
function issueProblems(issue: Issue, twin: Issue | undefined, inside: RangeRef | null | undefined): string[] {
  const problems: string[] = [];
  if (!SEVERITIES.includes(issue.severity)) problems.push(`severity ${issue.severity}`);
  for (const message of [issue.message, twin?.message]) {
    if (typeof message !== 'string' || message.trim() === '') problems.push('no message');
    else if (/\bNaN\b|\bundefined\b|\[object /.test(message)) problems.push(`message "${message}"`);
  }
  if (twin?.code !== issue.code) problems.push('the other language differs');
  if (issue.cell === '') {
    if (!WORKBOOK_CODES.includes(issue.code)) problems.push('cell ""');
    return problems;
  }
  const at = parseRange(issue.cell);
  if (!at) problems.push('cell is no address');
  else if (!inside || at.top < inside.top || at.left < inside.left || at.bottom > inside.bottom || at.right > inside.right)
    problems.push('cell outside its sheet');
  return problems;
}

/** Every issue points into its sheet's area, has words in both languages, and the summary counts them. */
export function expectWellFormedIssues(snapshots: SheetSnapshot[], report: Report, other: Report): void {
  const areas = new Map(snapshots.map((s) => [s.name, area(s)]));
  // One expect for the lot: per-issue expects make a run several times slower.
  const problems = report.issues.flatMap((issue, i) =>
    issueProblems(issue, other.issues[i], areas.get(issue.sheet)).map(
      (p) => `${issue.code} at ${issue.sheet}!${issue.cell}: ${p}`,
    ),
  );
  expect(problems).toEqual([]);
  expect(other.issues).toHaveLength(report.issues.length);
  const count = (severity: string) => report.issues.filter((i) => i.severity === severity).length;
  expect(report.summary).toEqual({ errors: count('error'), warnings: count('warning'), infos: count('info') });
}

/**
 * What a total of base criteria counts, as src/engine/criteria/totals.ts defines it: every
 * numeric cap; self and appraised scores that are numbers, or numbers stored as text, at
 * face value as the sheet's SUM shows them, over the cap or negative (a criterion's score
 * is null when it is blank, text or an error). A criterion split into lettered parts with
 * scores is no criterion of its own: its parts are (build.ts), so sums over a group's
 * criteria count each part once and the parent never.
 */
export function countedScore(score: number | null, kind: ScoreKind = 'base'): number | null {
  return kind === 'penalty' && score !== null ? Math.abs(score) : score;
}

/** Equal as the engine rounds sums (floating noise below 1e-9, 15 significant digits). */
export function sameTotal(a: number | null, b: number | null): boolean {
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) return Object.is(a, b);
  return Math.abs(a - b) <= 1e-9 + 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

function sum(values: (number | null)[]): number | null {
  return values.reduce<number | null>((s, v) => (v === null ? s : (s ?? 0) + v), null);
}

function expectTotals(
  where: string,
  actual: Totals,
  expected: { capTotal: number | null; selfTotal: number | null; appraisedTotal: number | null },
): void {
  const want = { capTotal: expected.capTotal ?? 0, selfTotal: expected.selfTotal ?? 0, appraisedTotal: expected.appraisedTotal };
  const ok =
    sameTotal(actual.capTotal, want.capTotal) &&
    sameTotal(actual.selfTotal, want.selfTotal) &&
    sameTotal(actual.appraisedTotal, want.appraisedTotal);
  if (!ok)
    expect({
      where,
      totals: { capTotal: actual.capTotal, selfTotal: actual.selfTotal, appraisedTotal: actual.appraisedTotal },
    }).toEqual({ where, totals: want });
}

/** A penalty group's scores are deductions: 2 and -2 both count 2. */
function groupSums(g: Group) {
  const counted = (score: number | null) => countedScore(score, g.kind);
  return {
    capTotal: sum(g.criteria.map((c) => c.cap)),
    selfTotal: sum(g.criteria.map((c) => counted(c.self))),
    appraisedTotal: sum(g.criteria.map((c) => counted(c.appraised))),
  };
}

/** What one side's result must be, whatever the ceilings: base exact, bonus and penalty at most their plain sums. */
function expectSideAddsUp(where: string, side: SideResult, groups: Group[], totalOf: (g: Group) => number, max: number): void {
  const plain = (kind: ScoreKind) => sum(groups.filter((g) => g.kind === kind).map(totalOf)) ?? 0;
  const problems: string[] = [];
  if (!sameTotal(side.final, side.base + side.bonus - side.penalty)) problems.push('final ≠ base + bonus − penalty');
  if (!sameTotal(side.base, plain('base'))) problems.push(`base ${side.base} ≠ ${plain('base')}`);
  if (side.bonus > plain('bonus') + 1e-9 || side.penalty > plain('penalty') + 1e-9) problems.push('a ceiling raised a sum');
  // Rounded to 2 decimals: within half a hundredth of the exact share.
  const exact = max === 0 ? null : (side.final / max) * 100;
  const rounded = side.percent !== null && Math.round(side.percent * 100) / 100 === side.percent;
  if (exact === null ? side.percent !== null : !rounded || Math.abs(side.percent! - exact) > 0.005 + 1e-9 * Math.abs(exact))
    problems.push(`percent ${side.percent} for ${exact}`);
  expect({ where, problems }).toEqual({ where, problems: [] });
}

/**
 * Every group totals its criteria's counted values; every section totals its groups of
 * its own kind; each table's result is base + bonus − penalty over those totals.
 */
export function expectTotalsAddUp(report: Report): void {
  for (const sheet of report.criteriaSheets) {
    for (const section of sheet.sections) {
      for (const group of section.groups) expectTotals(`${sheet.sheet} group ${group.cell}`, group, groupSums(group));
      const own = section.groups.filter((g) => g.kind === section.kind);
      expectTotals(`${sheet.sheet} section ${section.cell}`, section, {
        capTotal: sum(own.map((g) => g.capTotal)),
        selfTotal: sum(own.map((g) => g.selfTotal)),
        appraisedTotal: sum(own.map((g) => g.appraisedTotal)),
      });
    }
    const groups = sheet.sections.flatMap((s) => s.groups);
    const { result } = sheet;
    expect(sameTotal(result.max, sum(groups.filter((g) => g.kind === 'base').map((g) => g.capTotal)) ?? 0)).toBe(true);
    expectSideAddsUp(`${sheet.sheet} self`, result.self, groups, (g) => g.selfTotal, result.max);
    expect(result.appraised === null).toBe(groups.every((g) => g.appraisedTotal === null));
    if (result.appraised)
      expectSideAddsUp(`${sheet.sheet} appraised`, result.appraised, groups, (g) => g.appraisedTotal ?? 0, result.max);
  }
}

// ---- Generated tables: the generator's own arithmetic ----

const counts = (cell: ScoreCell, kind: ScoreKind) => countedScore(cell.number, kind);

/** The report reads exactly the generated sections, groups and criteria, with the generator's totals. */
export function expectReadsTable(table: CriteriaTable, report: Report): void {
  expect(report.criteriaSheets).toHaveLength(1);
  const [sheet] = report.criteriaSheets;
  expect(sheet.headerRow).toBe(table.headerRow);
  const shape = (
    sections: {
      label: string;
      title: string;
      cap: number | null;
      declaredSelf: number | null;
      groups: {
        title: string;
        cap: number | null;
        criteria: { order: string; title: string; cap: number | null; self: number | null; appraised: number | null }[];
      }[];
    }[],
  ) =>
    sections.map((s) => ({
      label: s.label,
      title: s.title,
      cap: s.cap,
      declaredSelf: s.declaredSelf,
      groups: s.groups.map((g) => ({
        title: g.title,
        cap: g.cap,
        criteria: g.criteria.map((c) => ({ order: c.order, title: c.title, cap: c.cap, self: c.self, appraised: c.appraised })),
      })),
    }));
  expect(sheet.sections.map((s) => [s.cell, s.groups.map((g) => g.cell)])).toEqual(
    table.sections.map((s) => [s.cell, s.groups.map((g) => g.cell)]),
  );
  expect(shape(sheet.sections)).toEqual(
    shape(
      table.sections.map((s) => ({
        ...s,
        groups: s.groups.map((g) => ({
          title: g.title,
          cap: g.declared,
          criteria: g.criteria.map((c) => ({
            order: c.order,
            title: c.title,
            cap: c.cap.number,
            self: c.self.number,
            appraised: c.appraised.number,
          })),
        })),
      })),
    ),
  );
  table.sections.forEach((s, si) => {
    const section = sheet.sections[si];
    expect([si, section.kind]).toEqual([si, s.kind]);
    const groupTotals = s.groups.map((g) => ({
      capTotal: sum(g.criteria.map((c) => c.cap.number)),
      selfTotal: sum(g.criteria.map((c) => counts(c.self, s.kind))),
      appraisedTotal: sum(g.criteria.map((c) => counts(c.appraised, s.kind))),
    }));
    groupTotals.forEach((t, gi) => expectTotals(`section ${si + 1} group ${gi + 1}`, section.groups[gi], t));
    expectTotals(`section ${si + 1}`, section, {
      capTotal: sum(groupTotals.map((t) => t.capTotal)),
      selfTotal: sum(groupTotals.map((t) => t.selfTotal)),
      appraisedTotal: sum(groupTotals.map((t) => t.appraisedTotal)),
    });
  });
}

// What the contract says is wrong with a generated table, cell by cell (check-report.md's issue codes).

/** A deduction (penalty) counts whatever its sign: never negative, over its cap by its size. */
function scoreFindings(score: ScoreCell, cell: string, cap: number | null, kind: ScoreKind): string[] {
  if (score.value === null) return [];
  if (score.number === null) return [`SCORE_NOT_NUMBER@${cell}`];
  const found = typeof score.value === 'string' ? [`NUMBER_AS_TEXT@${cell}`] : [];
  const counted = countedScore(score.number, kind)!;
  if (counted < 0) found.push(`SCORE_NEGATIVE@${cell}`);
  else if (cap !== null && counted > countedScore(cap, kind)!) found.push(`SCORE_OVER_CAP@${cell}`);
  return found;
}

/** A penalty criterion needs no cap; a blank bonus or deduction is none claimed. */
function criterionFindings(c: CriterionModel, kind: ScoreKind): string[] {
  const cap = c.cap.number;
  const found: string[] = [];
  if (cap === null && kind !== 'penalty' && (c.self.value !== null || c.appraised.value !== null))
    found.push(`CAP_MISSING@${c.capCell}`);
  if (cap !== null && kind === 'base' && c.self.value === null) found.push(`SCORE_MISSING@${c.selfCell}`);
  if (cap !== null && typeof c.cap.value === 'string') found.push(`NUMBER_AS_TEXT@${c.capCell}`);
  found.push(...scoreFindings(c.self, c.selfCell, cap, kind), ...scoreFindings(c.appraised, c.appraisedCell, cap, kind));
  const [self, appraised] = [countedScore(c.self.number, kind), countedScore(c.appraised.number, kind)];
  if (self !== null && appraised !== null && self !== appraised) found.push(`APPRAISED_DIFFERS@${c.appraisedCell}`);
  return found;
}

/** BONUS_OVER_CAP / PENALTY_OVER_CAP for each side whose sum is above the ceiling; the ceiling counts on. */
function overCeiling(
  kind: ScoreKind,
  cell: string,
  ceiling: number | null,
  sums: number[],
): { found: string[]; counted: number[] } {
  if (kind === 'base' || ceiling === null) return { found: [], counted: sums };
  const code = kind === 'bonus' ? 'BONUS_OVER_CAP' : 'PENALTY_OVER_CAP';
  const over = sums.map((x) => x > ceiling && !sameTotal(x, ceiling));
  return { found: over.flatMap((o) => (o ? [`${code}@${cell}`] : [])), counted: sums.map((x, i) => (over[i] ? ceiling : x)) };
}

/** Every issue the generated table should raise, as CODE@cell, sorted. */
export function expectedFindings(table: CriteriaTable): string[] {
  const found: string[] = [];
  const anyAppraised = table.sections.some((s) => s.groups.some((g) => g.criteria.some((c) => c.appraised.number !== null)));
  for (const section of table.sections) {
    const { kind } = section;
    let capTotal = 0;
    let selfTotal = 0;
    let counted = [0, 0];
    for (const group of section.groups) {
      found.push(...group.criteria.flatMap((c) => criterionFindings(c, kind)));
      const groupCaps = group.criteria.reduce((t, c) => t + (c.cap.number ?? 0), 0);
      if (kind === 'base' && group.declared !== null && group.declared !== groupCaps)
        found.push(`GROUP_CAP_MISMATCH@${group.cell}`);
      capTotal += groupCaps;
      const sideSum = (side: 'self' | 'appraised') =>
        group.criteria.reduce((t, c) => t + (countedScore(c[side].number, kind) ?? 0), 0);
      const sides = [sideSum('self'), sideSum('appraised')];
      selfTotal += sides[0];
      const capped = overCeiling(kind, group.cell, group.declared, anyAppraised ? sides : sides.slice(0, 1));
      found.push(...capped.found);
      counted = counted.map((x, i) => x + (capped.counted[i] ?? 0));
    }
    found.push(...overCeiling(kind, section.cell, section.cap, anyAppraised ? counted : counted.slice(0, 1)).found);
    if (kind === 'base' && section.cap !== null && section.cap !== capTotal) found.push(`SECTION_CAP_MISMATCH@${section.cell}`);
    if (section.declaredSelf !== null && section.declaredSelf !== selfTotal)
      found.push(`DECLARED_TOTAL_MISMATCH@${section.cell}`);
  }
  for (const v of table.grandTotal?.values ?? []) if (!v.right) found.push(`TOTAL_ROW_MISMATCH@${v.cell}`);
  return found.sort();
}

// ---- Metamorphic helpers: the same sheet written differently ----

/** The same values, every text in NFD (as some PDFs and Macs paste it). */
export function inNfd(s: SheetSnapshot): SheetSnapshot {
  return { ...s, values: s.values.map((r) => r.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v))) };
}

/** Moves an address; what is no sheet address (garbage, row 0) stays as it is. */
const shiftCell = (cell: string, rows: number, cols: number) => {
  const r = parseRange(cell);
  return r && r.top >= 1
    ? formatRange({ top: r.top + rows, left: r.left + cols, bottom: r.bottom + rows, right: r.right + cols })
    : cell;
};

/** The same sheet placed `rows` lower and `cols` further right (origin and merges moved). */
export function moved(s: SheetSnapshot, rows: number, cols: number): SheetSnapshot {
  const formulas = Array.isArray(s.formulas)
    ? s.formulas.map((row) =>
        Array.isArray(row) ? row.map((f) => (typeof f === 'string' ? shiftFormulaRefs(f, rows, cols) : f)) : row,
      )
    : s.formulas;
  return { ...s, origin: shiftCell(s.origin, rows, cols), merges: s.merges?.map((m) => shiftCell(m, rows, cols)), formulas };
}

/** A formula's cell references moved with the cells, as Excel moves them on cut and paste (text in quotes kept). */
function shiftFormulaRefs(formula: string, rows: number, cols: number): string {
  return formula
    .split(/("[^"]*")/)
    .map((part, i) =>
      i % 2 ? part : part.replace(/\b(\$?[A-Z]{1,3}\$?\d+)\b/g, (ref) => shiftCell(ref.replace(/\$/g, ''), rows, cols)),
    )
    .join('');
}

const CELL_KEYS = new Set(['basisCell', 'cell', 'capCell', 'selfCell', 'appraisedCell', 'first']);
const ROW_KEYS = new Set(['row', 'headerRow']);

/** A report (messages left out: they may name cells) with every address moved by rows and cols. */
export function movedReport(report: Report, rows: number, cols: number): unknown {
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, ''));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => k !== 'message')
          .map(([k, v]) => [k, walk(v, k)]),
      );
    }
    if (typeof value === 'string' && CELL_KEYS.has(key)) return shiftCell(value, rows, cols);
    if (typeof value === 'number' && ROW_KEYS.has(key)) return value + rows;
    return value;
  };
  return walk(report, '');
}

/** A generated table is read exactly: its structure, the generator's totals and the issues the contract implies. */
export function expectGeneratedTableRead(table: CriteriaTable): void {
  const report = checkWorkbook([table.snapshot], { file: 'x.xlsx', lang: 'vi' });
  expectReadsTable(table, report);
  expectTotalsAddUp(report);
  expect(report.issues.map((i) => `${i.code}@${i.cell}`).sort()).toEqual(expectedFindings(table));
}
