// The real task pane over the in-memory Excel host, driven in Chromium through the
// workbench page, on the seed workbook. Expected numbers come from the seed's
// expected report; messages and sheet names from the engine.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { issueMessage } from '../../src/engine/messages';
import { planSheetName } from '../../src/engine/template/monthly-plan';
import { SUMMARY_SHEET_NAME } from '../../src/engine/summary';
import { TOTALS_SHEET_NAME } from '../../src/engine/totals-sheet';
import { DOWNLOADS, launchChromium, Problems, Workbench } from './support';

const expected = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/seed-2024.expected.json'), 'utf8'));
const CRITERIA = expected.criteria[0];
const SECTION = CRITERIA.sections[0];
const GROUP = SECTION.groups[0];
const SHEET: string = CRITERIA.sheet;
/** A self-score cell of the group, and its cap (row 9 of the seed: cap in E, self score in F). */
const SCORE_CELL = 'F9';
const CAP_CELL = 'E9';

let browser: Browser;
const problems = new Problems();

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

test('the pane shows the seed totals: group 50/50, section cap 300 and the declared 298 flagged', async () => {
  const wb = await Workbench.open(browser, problems);
  const group = await wb.scoreRow(SHEET, GROUP.titleStartsWith);
  assert.equal(group[1], String(GROUP.capTotal));
  assert.equal(group[2], String(GROUP.selfTotal));
  const sectionRow = wb.scoresTable(SHEET).getByRole('row').nth(1);
  const section = await sectionRow.getByRole('cell').allTextContents();
  assert.match(section[1], new RegExp(`^${SECTION.capTotal}\\s*Ghi: ${SECTION.cap}$`));
  assert.match(section[2], new RegExp(`^${SECTION.selfTotal}\\s*Ghi: ${SECTION.declaredSelf}/${SECTION.cap}$`));
  await wb.paneTab(/^Lỗi/);
  for (const issue of expected.issues.mustInclude) await wb.pane.getByText(`${issue.sheet}!${issue.cell}`).first().waitFor();
  assert.equal(await wb.pane.getByText(/vượt điểm chuẩn/).count(), 0);
  await wb.screenshot('seed-totals');
  await wb.page.close();
});

test(`typing 7 into a 5-point score cell raises SCORE_OVER_CAP and changes the total`, async () => {
  const wb = await Workbench.open(browser, problems);
  await wb.showSheet(SHEET);
  const cap = Number(await wb.cellText(CAP_CELL));
  const before = Number(await wb.cellText(SCORE_CELL));
  await wb.enter(SHEET, SCORE_CELL, '7');
  await wb.waitForCellText(SCORE_CELL, '7');
  const total = String(GROUP.selfTotal - before + 7);
  await wb.scoresTable(SHEET).getByRole('cell', { name: total, exact: true }).first().waitFor();
  assert.equal((await wb.scoreRow(SHEET, GROUP.titleStartsWith))[2], total);
  await wb.paneTab(/^Lỗi/);
  const message = issueMessage({ code: 'SCORE_OVER_CAP', params: { kind: 'self', score: 7, cap } }, 'vi');
  const item = wb.pane
    .getByRole('option')
    .filter({ hasText: `${SHEET}!${SCORE_CELL}` })
    .filter({ hasText: message });
  await item.waitFor();
  await wb.screenshot('score-over-cap');
  // Choosing the issue selects its cell in the workbook.
  await wb.showSheet(expected.plans[0].sheet);
  await item.click();
  await wb.page.waitForFunction((a) => document.querySelector('.name-box')?.textContent === a, SCORE_CELL);
  assert.equal(await wb.grid().getAttribute('aria-label'), SHEET);
  await wb.page.close();
});

test('editing in the grid: double-click or just type, Enter enters and moves down, Escape cancels', async () => {
  const wb = await Workbench.open(browser, problems);
  await wb.showSheet(SHEET);
  const [a, b] = [Number(await wb.cellText('F11')), Number(await wb.cellText('F12'))];
  await wb.cell('F11').dblclick();
  const editor = wb.grid().getByRole('textbox', { name: 'Sửa ô' });
  await editor.fill('4');
  await editor.press('Enter');
  await wb.waitForCellText('F11', '4');
  await wb.page.waitForFunction(() => document.querySelector('.name-box')?.textContent === 'F12');
  await wb.page.keyboard.type('3');
  await wb.page.keyboard.press('Enter');
  await wb.waitForCellText('F12', '3');
  await wb.page.keyboard.press('ArrowUp');
  await wb.page.keyboard.type('9');
  await wb.page.keyboard.press('Escape');
  assert.equal(await wb.cellText('F11'), '4');
  const total = String(GROUP.selfTotal - a - b + 4 + 3);
  await wb.scoresTable(SHEET).getByRole('cell', { name: total, exact: true }).first().waitFor();
  await wb.page.close();
});

test('after Bảo vệ điểm, typing -1 into a score cell is refused by data validation and the cell keeps its value', async () => {
  const wb = await Workbench.open(browser, problems);
  await wb.paneButton('Bảo vệ điểm').click();
  await wb.pane
    .getByText(/Đã bảo vệ \d+ ô điểm/)
    .first()
    .waitFor();
  await wb.showSheet(SHEET);
  assert.ok(await wb.cell(SCORE_CELL).locator('.cell.guarded').count(), 'score cells carry the guard mark');
  const before = await wb.cellText('F10');
  await wb.enter(SHEET, 'F10', '-1');
  const alert = wb.page.getByRole('alertdialog');
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /\S/);
  await wb.page.waitForTimeout(400); // the dialog's fade-in
  await wb.screenshot('guard-refuses');
  await alert.getByRole('button', { name: 'Hủy' }).click();
  await alert.waitFor({ state: 'hidden' });
  assert.equal(await wb.cellText('F10'), before);
  assert.equal(await wb.formulaBar.inputValue(), before);
  await wb.page.close();
});

test('typing directly into a guarded cell and pressing Enter shows the stop alert, which stays open', async () => {
  const wb = await Workbench.open(browser, problems);
  await wb.paneButton('Bảo vệ điểm').click();
  await wb.pane
    .getByText(/Đã bảo vệ \d+ ô điểm/)
    .first()
    .waitFor();
  await wb.showSheet(SHEET);
  const before = await wb.cellText('F10');
  await wb.cell('F10').click();
  // Typing in the cell itself (not the formula bar) opens its editor, as in Excel.
  await wb.page.keyboard.type('-1');
  await wb.grid().getByRole('textbox', { name: 'Sửa ô' }).waitFor();
  await wb.page.keyboard.press('Enter');
  const alert = wb.page.getByRole('alertdialog');
  await alert.waitFor();
  await wb.page.waitForTimeout(800);
  assert.ok(await alert.isVisible(), 'the stop alert is still open');
  assert.equal(await wb.cellText('F10'), before);
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await alert.waitFor({ state: 'hidden' });
  assert.equal(await wb.grid().getByRole('textbox', { name: 'Sửa ô' }).inputValue(), '-1');
  await wb.page.keyboard.press('Escape');
  assert.equal(await wb.cellText('F10'), before);
  await wb.page.close();
});

test('Chèn kế hoạch tháng for April adds a sheet whose 7 tasks show in the workbook view', async () => {
  const wb = await Workbench.open(browser, problems);
  const plan = expected.plans[0];
  await wb.paneTab(/^Kế hoạch/);
  await wb.pane.getByRole('combobox', { name: 'Tháng' }).selectOption('4');
  const preview = wb.pane.locator('ol > li');
  await preview.first().waitFor();
  const tasks = await preview.count();
  assert.equal(tasks, plan.tasksPerMonth['4']);
  const year = Number(await wb.pane.getByRole('spinbutton', { name: 'Năm' }).inputValue());
  await wb.paneButton('Chèn kế hoạch tháng').click();
  const name = planSheetName(4, year);
  await wb.sheetTab(name).waitFor();
  await wb.page.waitForFunction((n) => document.querySelector('#workbook [role=grid]')?.getAttribute('aria-label') === n, name);
  const texts = await wb.gridTexts();
  const starts = plan.taskContains.find((t: { month: number }) => t.month === 4).texts as string[];
  for (const s of starts)
    assert.ok(
      texts.some((t) => t.includes(s)),
      `the grid shows "${s}"`,
    );
  // Every task of the preview is a cell of the new sheet.
  const previewTexts = await wb.pane
    .locator('ol > li')
    .evaluateAll((lis) => lis.map((li) => li.querySelector('div > div')?.textContent ?? ''));
  for (const t of previewTexts) assert.ok(texts.includes(t), `task "${t.slice(0, 40)}…" is in the sheet`);
  await wb.workbook.locator('.grid-scroller').evaluate((el) => (el.scrollTop = 0));
  await wb.screenshot('april-plan');
  await wb.page.close();
});

test('a cell holding <b>đậm</b><img src=x onerror=alert(1)> shows the plain line the engine reads and runs nothing', async () => {
  const wb = await Workbench.open(browser, problems);
  const payload = '<b>đậm</b><img src=x onerror=alert(1)>';
  const dialogs = problems.dialogs.length;
  await wb.enter(SHEET, SCORE_CELL, payload);
  await wb.waitForCellText(SCORE_CELL, 'đậm');
  await wb.paneTab(/^Lỗi/);
  await wb.pane.getByText(payload, { exact: false }).first().waitFor();
  await wb.page.waitForTimeout(300);
  assert.equal(await wb.page.locator('#workbook img, #pane img').count(), 0);
  assert.equal(problems.dialogs.length, dialogs);
  await wb.screenshot('markup-as-text');
  await wb.page.close();
});

test('Ghi tổng điểm adds the totals sheet with live SUM formulas; the download holds it', async () => {
  const wb = await Workbench.open(browser, problems);
  await wb.paneButton('Ghi tổng điểm').click();
  await wb.sheetTab(TOTALS_SHEET_NAME).waitFor();
  await wb.page.waitForFunction(
    (n) => document.querySelector('#workbook [role=grid]')?.getAttribute('aria-label') === n,
    TOTALS_SHEET_NAME,
  );
  await wb.screenshot('totals-sheet');
  const texts = await wb.gridTexts();
  assert.ok(texts.includes(String(GROUP.selfTotal)), 'the group total is on the sheet');

  const [download] = await Promise.all([
    wb.page.waitForEvent('download'),
    wb.workbook.getByRole('button', { name: 'Tải .xlsx' }).click(),
  ]);
  const file = path.join(DOWNLOADS, 'workbench-download.xlsx');
  await download.saveAs(file);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.readFile(file);
  const names = saved.worksheets.map((w) => w.name);
  for (const name of [expected.plans[0].sheet, SHEET, TOTALS_SHEET_NAME])
    assert.ok(names.includes(name), `the file has sheet ${name}`);
  const formulas: string[] = [];
  saved.getWorksheet(TOTALS_SHEET_NAME)!.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
  assert.ok(
    formulas.some((f) => /^SUM\(/i.test(f)),
    'the totals are SUM formulas',
  );

  // Opening the downloaded file shows the same workbook, and the pane checks it again.
  await wb.workbook.locator('input[type=file]').setInputFiles(file);
  await wb.page.getByText('workbench-download.xlsx').waitFor();
  await wb.sheetTab(TOTALS_SHEET_NAME).waitFor();
  await wb.scoresTable(SHEET).waitFor();
  assert.equal((await wb.scoreRow(SHEET, GROUP.titleStartsWith))[2], String(GROUP.selfTotal));
  await wb.page.close();
});

test('Tổng hợp khối adds the live Tổng hợp sheet, its final score that of the criteria table, and says how the chart came out', async () => {
  const wb = await Workbench.open(browser, problems);
  await wb.paneButton('Tổng hợp khối').click();
  await wb.sheetTab(SUMMARY_SHEET_NAME).waitFor();
  await wb.page.locator('.fui-MessageBarBody', { hasText: /^Đã tổng hợp 1 đơn vị vào trang "Tổng hợp", kèm biểu đồ/ }).waitFor();
  await wb.page.waitForFunction(
    (n) => document.querySelector('#workbook [role=grid]')?.getAttribute('aria-label') === n,
    SUMMARY_SHEET_NAME,
  );
  await wb.screenshot('bloc-summary');
  const texts = await wb.gridTexts();
  assert.ok(texts.includes(SHEET), 'the unit is named after its sheet');
  assert.ok(texts.includes(String(GROUP.selfTotal)), "the unit's final self score is on the sheet");
  await wb.page.close();
});

test('a 20,000-row workbook opened from disk renders only the rows in view', async () => {
  const file = path.join(DOWNLOADS, 'big.xlsx');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lớn');
  for (let r = 1; r <= 20_000; r++) sheet.addRow([r, `dòng ${r}`]);
  mkdirSync(DOWNLOADS, { recursive: true });
  await book.xlsx.writeFile(file);

  const wb = await Workbench.open(browser, problems);
  await wb.workbook.locator('input[type=file]').setInputFiles(file);
  await wb.sheetTab('Lớn').waitFor();
  await wb.waitForCellText('B1', 'dòng 1');
  assert.ok((await wb.grid().locator('tbody tr').count()) < 200, 'only the rows in view are in the page');
  await wb.workbook.locator('.grid-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await wb.waitForCellText('B20000', 'dòng 20000');
  await wb.screenshot('big-sheet');
  await wb.page.close();
});

test('the README picture: the pane beside the guarded criteria sheet with a flagged score', async () => {
  const wb = await Workbench.open(browser, problems);
  await wb.enter(SHEET, SCORE_CELL, '7');
  await wb.waitForCellText(SCORE_CELL, '7');
  await wb.paneButton('Bảo vệ điểm').click();
  await wb.pane
    .getByText(/Đã bảo vệ \d+ ô điểm/)
    .first()
    .waitFor();
  await wb.cell(SCORE_CELL).locator('.cell.flagged').waitFor();
  await wb.cell(SCORE_CELL).click();
  await wb.paneTab(/^Lỗi/);
  await wb.pane.getByText(`${SHEET}!${SCORE_CELL}`).waitFor();
  await wb.page.waitForTimeout(400); // the tab indicator's slide
  // Columns C to G: criteria, basis, cap, self and appraised scores.
  await wb.workbook
    .locator('.grid-scroller')
    .evaluate((el) => (el.scrollLeft = (el.querySelector('td[data-address="C1"]') as HTMLElement).offsetLeft - 46));
  const file = await wb.screenshot('workbench');
  if (process.env.UPDATE_SCREENSHOTS) copyFileSync(file, path.resolve(__dirname, '../../assets/screenshots/workbench.png'));
  await wb.page.close();
});

test('no console errors, page errors or dialogs over the whole session', () => {
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.dialogs, []);
});
