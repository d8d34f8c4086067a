// Property tests of the whole engine on hostile sheets and on generated criteria tables
// (a few hundred cases each; test/slow/property.test.ts runs thousands). Replay a
// failure with FC_SEED=<seed printed by fast-check>.
import fc from 'fast-check';
import { checkWorkbook } from '../../src/engine/report';
import { criteriaTable, malformedSnapshot, noisyTable, runs, snapshot, workbook } from '../support/arbitraries';
import {
  expectGeneratedTableRead,
  expectTotalsAddUp,
  expectWellFormedIssues,
  inNfd,
  moved,
  movedReport,
  nameApart,
} from '../support/report-checks';

const check = (snapshots: Parameters<typeof checkWorkbook>[0]) => ({
  vi: checkWorkbook(snapshots, { file: 'x.xlsx', lang: 'vi' }),
  en: checkWorkbook(snapshots, { file: 'x.xlsx', lang: 'en' }),
});

describe('checkWorkbook on any workbook', () => {
  it('returns, with every issue inside its sheet, in both languages, counted in the summary', () => {
    fc.assert(
      fc.property(workbook(), (sheets) => {
        const snapshots = nameApart(sheets);
        const { vi, en } = check(snapshots);
        expectWellFormedIssues(snapshots, vi, en);
        expectWellFormedIssues(snapshots, en, vi);
      }),
      runs(600, 20240301),
    );
  });

  it('totals every group from its criteria and every section from its groups', () => {
    fc.assert(
      fc.property(workbook(), (sheets) => expectTotalsAddUp(check(sheets).vi)),
      runs(600, 20240302),
    );
  });
});

describe('the same sheet written differently reads the same', () => {
  const sheet = fc.oneof(snapshot(), noisyTable());
  const report = (s: Parameters<typeof checkWorkbook>[0][number]) => checkWorkbook([s], { file: 'x.xlsx', lang: 'vi' });

  it('placed anywhere on the sheet: every address and row moves with it', () => {
    fc.assert(
      fc.property(sheet, fc.nat({ max: 40 }), fc.nat({ max: 30 }), (s, rows, cols) => {
        expect(movedReport(report(moved(s, rows, cols)), 0, 0)).toEqual(movedReport(report(s), rows, cols));
      }),
      runs(300, 20240305),
    );
  });

  it('its text in NFD', () => {
    fc.assert(
      fc.property(sheet, (s) => expect(report(inNfd(s))).toEqual(report(s))),
      runs(300, 20240306),
    );
  });
});

describe('checkWorkbook on snapshots that break their types', () => {
  it('returns a report instead of throwing', () => {
    fc.assert(
      fc.property(fc.array(malformedSnapshot, { maxLength: 3 }), (snapshots) => {
        const report = checkWorkbook(snapshots, { file: 'x.xlsx', lang: 'vi' });
        expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBe(report.issues.length);
      }),
      runs(300, 20240304),
    );
  });
});

describe('checkWorkbook on generated criteria tables', () => {
  it('reads exactly the generated sections, groups and criteria, with the generator’s totals', () => {
    fc.assert(fc.property(criteriaTable(), expectGeneratedTableRead), runs(500, 20240303));
  });
});
