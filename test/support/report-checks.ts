// What must hold of any report, whatever the sheets held: shared by the fast and the
// slow property tests. Each check throws (via expect) with what went wrong.
import { formatRange, parseRange, type RangeRef } from '../../src/engine/address';
import { formulaTokens } from '../../src/engine/formula/tokens';
import { checkWorkbook, MAX_ROWS } from '../../src/engine/report';
import type { Group, Issue, IssueCode, Report, SheetSnapshot, Totals } from '../../src/engine/types';
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
 * What a total counts, as src/engine/criteria/totals.ts defines it: every numeric cap
 * (negative ones too); self and appraised scores that are numbers, or numbers stored as
 * text, and not negative (a criterion's score is null when it is blank, text or an error).
 * A score over its cap counts at face value. A criterion split into lettered parts with
 * scores is no criterion of its own: its parts are (build.ts), so sums over a group's
 * criteria count each part once and the parent never.
 */
export function countedScore(score: number | null): number | null {
  return score !== null && score >= 0 ? score : null;
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

function groupSums(g: Group) {
  return {
    capTotal: sum(g.criteria.map((c) => c.cap)),
    selfTotal: sum(g.criteria.map((c) => countedScore(c.self))),
    appraisedTotal: sum(g.criteria.map((c) => countedScore(c.appraised))),
  };
}

/** Every group totals its criteria's counted values; every section totals its groups. */
export function expectTotalsAddUp(report: Report): void {
  for (const sheet of report.criteriaSheets) {
    for (const section of sheet.sections) {
      for (const group of section.groups) expectTotals(`${sheet.sheet} group ${group.cell}`, group, groupSums(group));
      expectTotals(`${sheet.sheet} section ${section.cell}`, section, {
        capTotal: sum(section.groups.map((g) => g.capTotal)),
        selfTotal: sum(section.groups.map((g) => g.selfTotal)),
        appraisedTotal: sum(section.groups.map((g) => g.appraisedTotal)),
      });
    }
  }
}

// ---- Generated tables: the generator's own arithmetic ----

const counts = (cell: ScoreCell) => countedScore(cell.number);

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
    const groupTotals = s.groups.map((g) => ({
      capTotal: sum(g.criteria.map((c) => c.cap.number)),
      selfTotal: sum(g.criteria.map((c) => counts(c.self))),
      appraisedTotal: sum(g.criteria.map((c) => counts(c.appraised))),
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

function scoreFindings(kind: 'self' | 'appraised', score: ScoreCell, cell: string, cap: number | null): string[] {
  if (score.value === null) return [];
  if (score.number === null) return [`SCORE_NOT_NUMBER@${cell}`];
  const found = typeof score.value === 'string' ? [`NUMBER_AS_TEXT@${cell}`] : [];
  if (score.number < 0) found.push(`SCORE_NEGATIVE@${cell}`);
  else if (cap !== null && score.number > cap) found.push(`SCORE_OVER_CAP@${cell}`);
  return found;
}

function criterionFindings(c: CriterionModel): string[] {
  const cap = c.cap.number;
  const found: string[] = [];
  if (cap === null && (c.self.value !== null || c.appraised.value !== null)) found.push(`CAP_MISSING@${c.capCell}`);
  if (cap !== null && c.self.value === null) found.push(`SCORE_MISSING@${c.selfCell}`);
  if (cap !== null && typeof c.cap.value === 'string') found.push(`NUMBER_AS_TEXT@${c.capCell}`);
  found.push(...scoreFindings('self', c.self, c.selfCell, cap), ...scoreFindings('appraised', c.appraised, c.appraisedCell, cap));
  if (c.self.number !== null && c.appraised.number !== null && c.self.number !== c.appraised.number)
    found.push(`APPRAISED_DIFFERS@${c.appraisedCell}`);
  return found;
}

/** Every issue the generated table should raise, as CODE@cell, sorted. */
export function expectedFindings(table: CriteriaTable): string[] {
  const found: string[] = [];
  for (const section of table.sections) {
    let capTotal = 0;
    let selfTotal = 0;
    for (const group of section.groups) {
      found.push(...group.criteria.flatMap(criterionFindings));
      const groupCaps = group.criteria.reduce((t, c) => t + (c.cap.number ?? 0), 0);
      if (group.declared !== null && group.declared !== groupCaps) found.push(`GROUP_CAP_MISMATCH@${group.cell}`);
      capTotal += groupCaps;
      selfTotal += group.criteria.reduce((t, c) => t + (countedScore(c.self.number) ?? 0), 0);
    }
    if (section.cap !== null && section.cap !== capTotal) found.push(`SECTION_CAP_MISMATCH@${section.cell}`);
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

/** A formula's references moved with the cells, as Excel moves them on cut and paste (text in quotes kept). */
function shiftFormulaRefs(formula: string, rows: number, cols: number): string {
  let out = '';
  let last = 0;
  for (const t of formulaTokens(formula)) {
    if (t.kind !== 'ref') continue;
    out += formula.slice(last, t.at) + shiftCell(formula.slice(t.at, t.end), rows, cols);
    last = t.end;
  }
  return out + formula.slice(last);
}

const CELL_KEYS = new Set(['cell', 'capCell', 'selfCell', 'appraisedCell', 'first']);
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

/** Text as the expected-results files compare it: NFC, spaces folded, lower case. */
const folded = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
/** A section label without "Mục" or a trailing "." / ":" ("Mục I." and "I" are one label). */
const sectionLabel = (s: unknown): string =>
  folded(s)
    .replace(/^mục\s+/, '')
    .replace(/[.:]$/, '');
const show = (v: unknown): string => JSON.stringify(v);

/** Figures compare within a rounding error; an expected null is a missing or null figure. */
function sameFigure(actual: unknown, expected: unknown, tolerance = 1e-9): boolean {
  if (expected === null) return actual === null || actual === undefined;
  return typeof actual === 'number' && typeof expected === 'number' && Math.abs(actual - expected) < tolerance;
}

// The expected-results files (test/fixtures/*.expected.json, described in docs/report.md) are
// read loosely: each key present is checked, a key left out is not.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

function resultMismatches(actual: Json, expected: Json, where: string): string[] {
  if (!actual || typeof actual !== 'object') return [`${where}: no result`];
  const out: string[] = [];
  if ('max' in expected && !sameFigure(actual.max, expected.max, 1e-6)) out.push(`${where}: result.max ${show(actual.max)}`);
  for (const side of ['self', 'appraised']) {
    if (!(side in expected)) continue;
    const [a, e] = [actual[side], expected[side]];
    if (e === null) {
      if (a !== null && a !== undefined) out.push(`${where}: result.${side} ${show(a)}, expected null`);
    } else if (!a || typeof a !== 'object') out.push(`${where}: result.${side} missing`);
    else
      for (const k of ['base', 'bonus', 'penalty', 'final', 'percent'])
        if (k in e && !sameFigure(a[k], e[k], 1e-6)) out.push(`${where}: result.${side}.${k} ${show(a[k])} != ${show(e[k])}`);
  }
  if ('complete' in expected && actual.complete !== expected.complete)
    out.push(`${where}: result.complete ${show(actual.complete)}`);
  if ('classification' in expected) {
    const [a, e] = [actual.classification, expected.classification];
    const label = (s: unknown) => (s === null || s === undefined ? null : folded(s));
    if (e === null) {
      if (a && (a.self != null || a.appraised != null)) out.push(`${where}: result.classification ${show(a)}, expected null`);
    } else
      for (const side of ['self', 'appraised'])
        if (side in e && label(a?.[side]) !== label(e[side]))
          out.push(`${where}: result.classification.${side} ${show(a?.[side])} != ${show(e[side])}`);
  }
  return out;
}

function criteriaMismatches(report: Json, expected: Json): string[] {
  const out: string[] = [];
  for (const ec of expected.criteria ?? []) {
    const ac = (report.criteriaSheets ?? []).find((c: Json) => folded(c.sheet) === folded(ec.sheet));
    if (!ac) {
      out.push(`criteria sheet '${ec.sheet}' not reported`);
      continue;
    }
    if (ec.headerRow !== undefined && ac.headerRow !== ec.headerRow) out.push(`${ec.sheet}: headerRow ${ac.headerRow}`);
    const sections = ac.sections ?? [];
    if (sections.length !== ec.sections.length) out.push(`${ec.sheet}: ${sections.length} sections`);
    ec.sections.forEach((es: Json, i: number) => {
      const as = sections[i];
      if (!as) return;
      const where = `${ec.sheet} section ${es.label}`;
      if (sectionLabel(as.label) !== sectionLabel(es.label)) out.push(`${where}: label '${as.label}'`);
      for (const k of ['cap', 'declaredSelf', 'capTotal', 'selfTotal', 'appraisedTotal'])
        if (k in es && !sameFigure(as[k], es[k])) out.push(`${where}: ${k} ${show(as[k])} != ${show(es[k])}`);
      if ('kind' in es && as.kind !== es.kind) out.push(`${where}: kind ${show(as.kind)}`);
      const groups = as.groups ?? [];
      const count = groups.reduce((n: number, g: Json) => n + (g.criteria ?? []).length, 0);
      if ('criteriaCount' in es && count !== es.criteriaCount) out.push(`${where}: ${count} criteria`);
      if (!es.groups) return;
      if (groups.length !== es.groups.length) out.push(`${where}: ${groups.length} groups`);
      es.groups.forEach((eg: Json, j: number) => {
        const ag = groups[j];
        if (!ag) return;
        const at = `${where} group ${j + 1}`;
        if (!folded(ag.title).startsWith(folded(eg.titleStartsWith))) out.push(`${at}: title '${ag.title}'`);
        for (const k of ['cap', 'capTotal', 'selfTotal', 'appraisedTotal'])
          if (k in eg && !sameFigure(ag[k], eg[k])) out.push(`${at}: ${k} ${show(ag[k])} != ${show(eg[k])}`);
        if ('criteriaCount' in eg && (ag.criteria ?? []).length !== eg.criteriaCount)
          out.push(`${at}: ${ag.criteria?.length} criteria`);
        if ('kind' in eg && ag.kind !== eg.kind) out.push(`${at}: kind ${show(ag.kind)}`);
      });
    });
    if ('result' in ec) out.push(...resultMismatches(ac.result, ec.result, ec.sheet));
  }
  return out;
}

function rankingMismatches(report: Json, expected: Json): string[] {
  const out: string[] = [];
  if ('ranking' in expected) {
    const [a, e] = [report.ranking, expected.ranking];
    if (e === null) {
      if (a !== null && a !== undefined) out.push('a ranking, expected none');
    } else if (!a || typeof a !== 'object') out.push('no ranking');
    else {
      if ('by' in e && a.by !== e.by) out.push(`ranking.by ${show(a.by)}`);
      const units = Array.isArray(a.units) ? a.units : [];
      if (e.units && units.length !== e.units.length) out.push(`ranking: ${units.length} units`);
      for (const eu of e.units ?? []) {
        const au = units.find((u: Json) => folded(u.sheet) === folded(eu.sheet));
        if (!au) out.push(`ranking: '${eu.sheet}' not ranked`);
        else if ('rank' in eu && au.rank !== eu.rank) out.push(`ranking ${eu.sheet}: rank ${au.rank}`);
        else if ('final' in eu && !sameFigure(au.final, eu.final, 1e-6)) out.push(`ranking ${eu.sheet}: final ${au.final}`);
      }
    }
  }
  if ('rules' in expected) {
    const [a, e] = [report.rules, expected.rules];
    if (e === null ? a !== null && a !== undefined : !a || ('source' in e && a.source !== e.source))
      out.push(`rules ${show(a)} != ${show(e)}`);
  }
  return out;
}

function planAndIssueMismatches(report: Json, expected: Json): string[] {
  const out: string[] = [];
  for (const ep of expected.plans ?? []) {
    const ap = (report.planSheets ?? []).find((p: Json) => folded(p.sheet) === folded(ep.sheet));
    if (!ap) {
      out.push(`plan sheet '${ep.sheet}' not reported`);
      continue;
    }
    const months = new Map<number, Json>((ap.months ?? []).map((m: Json) => [m.month, m]));
    for (let m = 1; m <= 12; m++) {
      const got = months.get(m)?.tasks?.length ?? 0;
      if (got !== (ep.tasksPerMonth[m] ?? 0)) out.push(`${ep.sheet} month ${m}: ${got} tasks`);
    }
    for (const tc of ep.taskContains ?? []) {
      const task = (months.get(tc.month)?.tasks ?? []).find((t: Json) => folded(t.order) === folded(tc.order));
      const ok =
        task && tc.texts.every((s: string) => folded(task.text).includes(folded(s))) && !/<\/?[a-z][^>]*>/i.test(task.text);
      if (!ok) out.push(`${ep.sheet} month ${tc.month} task ${tc.order}: ${show(task?.text)}`);
    }
  }
  const issues: Json[] = report.issues ?? [];
  const sameCell = (a: unknown, b: string) =>
    String(a ?? '')
      .replace(/\$/g, '')
      .toUpperCase() === b.toUpperCase();
  for (const mi of expected.issues?.mustInclude ?? []) {
    const hit = issues.some(
      (i) => i.code === mi.code && (!mi.sheet || folded(i.sheet) === folded(mi.sheet)) && (!mi.cell || sameCell(i.cell, mi.cell)),
    );
    if (!hit) out.push(`no ${mi.code} at ${mi.sheet ?? ''}!${mi.cell ?? '*'}`);
  }
  for (const code of expected.issues?.mustNotIncludeCodes ?? [])
    for (const i of issues.filter((i) => i.code === code)) out.push(`unexpected ${code} at ${i.cell}`);
  for (const i of issues)
    if (typeof i.message !== 'string' || i.message === '' || !SEVERITIES.includes(i.severity))
      out.push(`${i.code}: no message or severity`);
  return out;
}

/** A `thidua check --json` report (and its exit code) holds every expectation of an expected-results file. */
export function expectReportAsExpected(report: Json, expected: Json, exitCode?: number): void {
  const mismatches = [
    ...criteriaMismatches(report, expected),
    ...rankingMismatches(report, expected),
    ...planAndIssueMismatches(report, expected),
  ];
  if (expected.exitCode !== undefined && exitCode !== undefined && exitCode !== expected.exitCode)
    mismatches.push(`exit code ${exitCode}`);
  expect(mismatches).toEqual([]);
}
/* eslint-enable @typescript-eslint/no-explicit-any */
