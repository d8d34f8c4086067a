// Driving the workbench in Debian's Chromium with playwright-core: one browser per
// test file, a fresh page (and seed workbook) per test, every console error and
// page error of the session collected, screenshots under artifacts/screenshots/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'artifacts', 'screenshots');
export const DOWNLOADS = path.join(ROOT, 'artifacts', 'downloads');

/** Flags for a headless Chromium on a machine with a closed network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function workbenchUrl(): string {
  const url = process.env.WORKBENCH_URL;
  if (!url) throw new Error('WORKBENCH_URL is not set: run the browser tests with `node scripts/test-browser.mjs`.');
  return new URL('workbench.html', url).toString();
}

/** Launches Chromium (Playwright gives it a new, empty profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** What went wrong in any page of the session: console errors, uncaught errors, dialogs. */
export class Problems {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly dialogs: string[] = [];

  watch(page: Page): void {
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(`${m.text()} @ ${m.location().url}`);
    });
    page.on('pageerror', (e) => this.pageErrors.push(e.stack ?? e.message));
    page.on('dialog', (d) => {
      this.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
  }
}

export class Workbench {
  readonly pane: Locator;
  readonly workbook: Locator;
  readonly formulaBar: Locator;

  constructor(readonly page: Page) {
    this.pane = page.locator('#pane');
    this.workbook = page.locator('#workbook');
    this.formulaBar = page.getByLabel('Nội dung ô (Enter để nhập)');
  }

  static async open(browser: Browser, problems: Problems): Promise<Workbench> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    problems.watch(page);
    await page.goto(workbenchUrl());
    const wb = new Workbench(page);
    await wb.grid().waitFor();
    await wb.scoresTable('Tiêu chí 2023').waitFor();
    return wb;
  }

  grid(): Locator {
    return this.workbook.getByRole('grid');
  }

  cell(address: string): Locator {
    return this.workbook.locator(`td[data-address="${address}"]`);
  }

  async cellText(address: string): Promise<string> {
    return (await this.cell(address).locator('.text').textContent()) ?? '';
  }

  /** Waits until the cell shows `text` (edits reach the view asynchronously, as in Excel). */
  async waitForCellText(address: string, text: string): Promise<void> {
    await this.page.waitForFunction(
      ([a, t]) => document.querySelector(`#workbook td[data-address="${a}"] .text`)?.textContent === t,
      [address, text] as const,
    );
  }

  sheetTab(name: string): Locator {
    return this.workbook.getByRole('tab', { name, exact: true });
  }

  async showSheet(name: string): Promise<void> {
    await this.sheetTab(name).click();
    await this.page.waitForFunction(
      (n) => document.querySelector('#workbook [role=grid]')?.getAttribute('aria-label') === n,
      name,
    );
  }

  /** Selects a cell, types into the formula bar and presses Enter, as a user would. */
  async enter(sheet: string, address: string, text: string): Promise<void> {
    await this.showSheet(sheet);
    await this.cell(address).click();
    await this.formulaBar.fill(text);
    await this.formulaBar.press('Enter');
  }

  paneButton(name: string): Locator {
    return this.pane.getByRole('button', { name, exact: true });
  }

  async paneTab(name: RegExp): Promise<void> {
    await this.pane.getByRole('tab', { name }).click();
  }

  scoresTable(sheet: string): Locator {
    return this.pane.getByRole('table', { name: `Tổng điểm của trang ${sheet}` });
  }

  /** The texts of a pane table row that starts with `title`. */
  async scoreRow(sheet: string, title: string): Promise<string[]> {
    const row = this.scoresTable(sheet)
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: title }) })
      .first();
    return row.getByRole('cell').allTextContents();
  }

  /** Every cell text of the shown sheet, scrolling through it (only rows in view are rendered). */
  async gridTexts(): Promise<string[]> {
    const texts = new Set<string>();
    const scroller = this.workbook.locator('.grid-scroller');
    await scroller.evaluate((el) => (el.scrollTop = 0));
    for (;;) {
      for (const t of await this.grid().locator('td .text').allTextContents()) if (t.trim()) texts.add(t);
      const more = await scroller.evaluate((el) => {
        const before = el.scrollTop;
        el.scrollTop += el.clientHeight - 40;
        return el.scrollTop > before;
      });
      if (!more) return [...texts];
      await this.page.waitForTimeout(50);
    }
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}
