// The engine's properties with thousands of cases each, on bigger sheets than the fast
// run (test/engine/property.test.ts). The seed is fixed so CI is repeatable; explore
// with FC_SEED=<n>; fast-check prints the seed and path of any failure.
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

// A fixed seed keeps CI repeatable; FC_SEED=<n> explores others (runs() reads it).
const seed = 20261125;
const many = (numRuns: number) => runs(numRuns, seed);

describe(`engine properties, many cases (seed ${process.env.FC_SEED || seed})`, () => {
  it('any workbook: returns; issues inside their sheets, in both languages, counted', () => {
    fc.assert(
      fc.property(workbook({ maxRows: 60, maxCols: 12 }), (sheets) => {
        const snapshots = nameApart(sheets);
        const vi = checkWorkbook(snapshots, { file: 'x.xlsx', lang: 'vi' });
        const en = checkWorkbook(snapshots, { file: 'x.xlsx', lang: 'en' });
        expectWellFormedIssues(snapshots, vi, en);
        expectWellFormedIssues(snapshots, en, vi);
      }),
      many(10_000),
    );
  });

  it('noisy criteria tables: every total is the sum of what it counts', () => {
    fc.assert(
      fc.property(fc.array(noisyTable(), { minLength: 1, maxLength: 3 }), (sheets) =>
        expectTotalsAddUp(checkWorkbook(sheets, { file: 'x.xlsx', lang: 'vi' })),
      ),
      many(5000),
    );
  });

  it('the same sheet moved elsewhere, or in NFD: the same report, addresses moved', () => {
    const report = (s: Parameters<typeof checkWorkbook>[0][number]) => checkWorkbook([s], { file: 'x.xlsx', lang: 'en' });
    fc.assert(
      fc.property(
        fc.oneof(snapshot({ maxRows: 60, maxCols: 12 }), noisyTable()),
        fc.nat({ max: 200 }),
        fc.nat({ max: 60 }),
        (s, rows, cols) => {
          const original = report(s);
          expect(movedReport(report(moved(s, rows, cols)), 0, 0)).toEqual(movedReport(original, rows, cols));
          expect(report(inNfd(s))).toEqual(original);
        },
      ),
      many(3000),
    );
  });

  it('snapshots that break their types: a report, never an exception', () => {
    fc.assert(
      fc.property(fc.array(malformedSnapshot, { maxLength: 3 }), (snapshots) => {
        checkWorkbook(snapshots, { file: 'x.xlsx', lang: 'en' });
      }),
      many(5000),
    );
  });

  it('generated criteria tables: the generated structure, totals and issues', () => {
    fc.assert(fc.property(criteriaTable(), expectGeneratedTableRead), many(5000));
  });
});
