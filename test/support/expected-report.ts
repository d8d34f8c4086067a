// Asserts a `thidua check --json` report against an expected-results file of
// test/fixtures (*.expected.json): the figures, kinds and results it states, the rules'
// source, the ranking, the issues it must and must not hold, and the exit status. Keys
// the expected file leaves out are not checked.
import type { CriteriaSheet, Group, Report, Section, SideResult, TableResult } from '../../src/engine/types';

/* eslint-disable @typescript-eslint/no-explicit-any -- expected files are plain JSON */

const GROUP_FIGURES = ['cap', 'capTotal', 'selfTotal', 'appraisedTotal'] as const;
const FIGURES = [...GROUP_FIGURES, 'declaredSelf'] as const;

function expectSide(actual: SideResult | null, expected: any): void {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  for (const k of ['base', 'bonus', 'penalty', 'final', 'percent'] as const)
    if (k in expected) expect([k, actual?.[k]]).toEqual([k, expected[k]]);
}

function expectResult(actual: TableResult, expected: any): void {
  if ('max' in expected) expect(actual.max).toBe(expected.max);
  if ('self' in expected) expectSide(actual.self, expected.self);
  if ('appraised' in expected) expectSide(actual.appraised, expected.appraised);
  if ('complete' in expected) expect(actual.complete).toBe(expected.complete);
  if ('classification' in expected) expect(actual.classification).toEqual(expected.classification);
}

function expectGroup(actual: Group, expected: any): void {
  expect(actual.title.startsWith(expected.titleStartsWith)).toBe(true);
  if ('kind' in expected) expect(actual.kind).toBe(expected.kind);
  for (const k of GROUP_FIGURES) if (k in expected) expect([k, actual[k]]).toEqual([k, expected[k]]);
  if ('criteriaCount' in expected) expect(actual.criteria).toHaveLength(expected.criteriaCount);
}

function expectSection(actual: Section, expected: any): void {
  expect(actual.label).toBe(expected.label);
  if ('kind' in expected) expect(actual.kind).toBe(expected.kind);
  for (const k of FIGURES) if (k in expected) expect([expected.label, k, actual[k]]).toEqual([expected.label, k, expected[k]]);
  if ('criteriaCount' in expected) expect(actual.groups.flatMap((g) => g.criteria)).toHaveLength(expected.criteriaCount);
  if (!('groups' in expected)) return;
  expect(actual.groups).toHaveLength(expected.groups.length);
  expected.groups.forEach((eg: any, j: number) => expectGroup(actual.groups[j], eg));
}

export function expectReportAsExpected(report: Report, exitCode: number, expected: any): void {
  for (const ec of expected.criteria ?? []) {
    const ac = report.criteriaSheets.find((c: CriteriaSheet) => c.sheet === ec.sheet);
    expect(ac).toBeDefined();
    if (!ac) continue;
    if ('headerRow' in ec) expect(ac.headerRow).toBe(ec.headerRow);
    expect(ac.sections).toHaveLength(ec.sections.length);
    ec.sections.forEach((es: any, i: number) => expectSection(ac.sections[i], es));
    if ('result' in ec) expectResult(ac.result, ec.result);
  }
  if ('rules' in expected) {
    if (expected.rules === null) expect(report.rules).toBeNull();
    else expect(report.rules).toMatchObject(expected.rules);
  }
  if ('ranking' in expected) expect(report.ranking).toMatchObject(expected.ranking);
  for (const mi of expected.issues?.mustInclude ?? [])
    expect(report.issues).toContainEqual(expect.objectContaining({ code: mi.code, sheet: mi.sheet, cell: mi.cell }));
  const codes = report.issues.map((i) => i.code);
  for (const code of expected.issues?.mustNotIncludeCodes ?? []) expect(codes).not.toContain(code);
  if ('exitCode' in expected) expect(exitCode).toBe(expected.exitCode);
}
