// The Điểm tab with the real engine: each table's result, the ranking, the rules in
// force and the Xếp loại dialog that keeps bands in the workbook.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { axe } from 'jest-axe';
import type { CellValue, Lang, SheetSnapshot } from '../../src/engine/types';
import { App } from '../../src/taskpane/components/App';
import { PaneController } from '../../src/taskpane/controller';
import { engine } from '../../src/taskpane/engine';
import { FakeGateway } from '../support/fake-gateway';
import { pretendLayout } from '../support/layout';

beforeAll(pretendLayout);

const HEADER = ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định'];

/** A 20-point table with a bonus and a penalty section: self base `base`, bonus 3 (ceiling 2), deduction 1. */
function unit(name: string, base: number, appraised: CellValue = null): SheetSnapshot {
  return {
    name,
    origin: 'A1',
    values: [
      HEADER,
      ['I.', 'Tiêu chí cơ bản (20 điểm)'],
      [1, 'Phát triển đoàn viên', 10, 10, appraised],
      [2, 'Tổ chức hội nghị', 10, base - 10, appraised],
      ['II.', 'Điểm thưởng (tối đa 2 điểm)'],
      [1, 'Bằng khen', 3, 3],
      ['III.', 'Điểm trừ'],
      [1, 'Chậm báo cáo', 2, -1],
    ],
  };
}

async function renderPane(gateway: FakeGateway, lang: Lang = 'vi') {
  const controller = new PaneController(gateway, { lang, engine, recheckDelayMs: 1 });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App controller={controller} />
    </FluentProvider>,
  );
  await act(() => controller.start());
  await screen.findByRole('tablist');
  return { ...view, controller, user: userEvent.setup({ delay: null }) };
}

const texts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
const row = (table: HTMLElement, name: RegExp) => within(table).getByRole('row', { name });

describe('the result of a table', () => {
  it('shows base + bonus − penalty, the final score, its percent, and deductions as such', async () => {
    const { container } = await renderPane(new FakeGateway([unit('CĐ A', 18, 9)]));
    const result = screen.getByRole('table', { name: 'Kết quả của trang CĐ A' });
    expect(texts(row(result, /^Điểm cơ bản/))).toEqual(['Điểm cơ bản', '18', '18']);
    // No appraised bonus or deduction entered: none counted.
    expect(texts(row(result, /Điểm thưởng/))).toEqual(['+ Điểm thưởng', '2', '0']);
    expect(texts(row(result, /Điểm trừ/))).toEqual(['− Điểm trừ', '1', '0']);
    expect(texts(row(result, /^Tổng điểm/))).toEqual(['Tổng điểm', '19', '18']);
    expect(texts(row(result, /% điểm tối đa/))).toEqual(['% điểm tối đa', '95%', '90%']);
    expect(within(result).queryByRole('row', { name: /^Xếp loại/ })).toBeNull();
    expect(screen.getByText('Điểm tối đa (các tiêu chí cơ bản): 20')).toBeInTheDocument();
    const sections = screen.getByRole('table', { name: 'Tổng điểm của trang CĐ A' });
    // The penalty section shows what it deducts; the bonus ceiling raises no badge.
    expect(texts(row(sections, /Điểm trừ/))[2]).toBe('-1');
    expect(texts(row(sections, /Điểm thưởng/))[1]).toBe('3');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no appraised figures when none is entered', async () => {
    await renderPane(new FakeGateway([unit('CĐ A', 18)]));
    const result = screen.getByRole('table', { name: 'Kết quả của trang CĐ A' });
    expect(texts(row(result, /^Tổng điểm/))).toEqual(['Tổng điểm', '19', '–']);
  });
});

describe('several tables', () => {
  it('are ranked by their final scores, equal scores sharing a rank', async () => {
    const { container } = await renderPane(new FakeGateway([unit('CĐ A', 15), unit('CĐ B', 18), unit('CĐ C', 15)]));
    const ranking = screen.getByRole('table', { name: 'Xếp hạng theo điểm tự chấm' });
    expect(
      within(ranking)
        .getAllByRole('row')
        .slice(1)
        .map((r) => texts(r).slice(0, 3)),
    ).toEqual([
      ['1', 'CĐ B', '19'],
      ['2', 'CĐ A', '16'],
      ['2', 'CĐ C', '16'],
    ]);
    expect(screen.getAllByText(/^Hạng \d\/3$/).map((b) => b.textContent)).toEqual(['Hạng 1/3', 'Hạng 2/3', 'Hạng 2/3']);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('are ranked by the appraised score when every table has one', async () => {
    await renderPane(new FakeGateway([unit('CĐ A', 18, 5), unit('CĐ B', 15, 10)]));
    const ranking = screen.getByRole('table', { name: 'Xếp hạng theo điểm thẩm định' });
    expect(texts(within(ranking).getAllByRole('row')[1]).slice(0, 2)).toEqual(['1', 'CĐ B']);
  });
});

describe('classification rules', () => {
  it('say where they come from: a table in the workbook', async () => {
    const rules: SheetSnapshot = {
      name: 'Quy định',
      origin: 'A1',
      values: [
        ['Xếp loại', 'Từ'],
        ['Tốt', 18],
        ['Khá', 10],
      ],
    };
    await renderPane(new FakeGateway([unit('CĐ A', 18), rules]));
    expect(screen.getByText('Xếp loại theo bảng trong sổ tính (Quy định!A1).')).toBeInTheDocument();
    const result = screen.getByRole('table', { name: 'Kết quả của trang CĐ A' });
    expect(texts(row(result, /^Xếp loại/))).toEqual(['Xếp loại', 'Tốt', '–']);
  });

  it('are entered in the Xếp loại dialog, checked, saved in the workbook and used at once', async () => {
    const gateway = new FakeGateway([unit('CĐ A', 18)]);
    const { user, baseElement } = await renderPane(gateway);
    expect(screen.getByText('Chưa có quy định xếp loại.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xếp loại' }));
    const dialog = await screen.findByRole('dialog', { name: 'Quy định xếp loại' });
    expect(await axe(baseElement)).toHaveNoViolations();

    const band = (i: number) => within(dialog).getByRole('group', { name: `Mức ${i}` });
    await user.type(within(band(1)).getByRole('textbox', { name: 'Tên mức' }), 'Tốt');
    await user.type(within(band(1)).getByRole('textbox', { name: 'Từ' }), '90');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm mức' }));
    await user.type(within(band(2)).getByRole('textbox', { name: 'Tên mức' }), 'Khá');
    await user.type(within(band(2)).getByRole('textbox', { name: 'Từ' }), '90');
    await user.click(within(dialog).getByRole('radio', { name: 'Tỷ lệ % điểm tối đa' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu xếp loại' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('mức "Khá" trùng điểm thấp nhất với một mức khác');
    expect(gateway.callsOf('saveRules')).toEqual([]);

    const min = within(band(2)).getByRole('textbox', { name: 'Từ (%)' });
    await user.clear(min);
    await user.type(min, '70,5');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu xếp loại' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(gateway.rules).toEqual({
      basis: 'percent',
      bands: [
        { label: 'Tốt', min: 90 },
        { label: 'Khá', min: 70.5 },
      ],
    });
    expect(await screen.findByText('Xếp loại theo quy định lưu trong sổ tính.')).toBeInTheDocument();
    // Tabster gives the pane back to the accessibility tree a moment after the dialog closes.
    const result = await screen.findByRole('table', { name: 'Kết quả của trang CĐ A' });
    expect(texts(row(result, /^Xếp loại/))).toEqual(['Xếp loại', 'Tốt', '–']);
  }, 30_000);

  it('saved in the workbook are loaded and edited, in English too', async () => {
    const gateway = new FakeGateway([unit('CĐ A', 15)]);
    gateway.rules = {
      basis: 'points',
      bands: [
        { label: 'Good', min: 18 },
        { label: 'Fair', min: 10 },
      ],
    };
    const { user } = await renderPane(gateway, 'en');
    expect(screen.getByText('Classified by the rules saved in the workbook.')).toBeInTheDocument();
    const result = screen.getByRole('table', { name: 'Result of sheet CĐ A' });
    expect(texts(row(result, /^Classification/))).toEqual(['Classification', 'Fair', '–']);
    await user.click(screen.getByRole('button', { name: 'Classification' }));
    const dialog = await screen.findByRole('dialog', { name: 'Classification rules' });
    expect(
      within(dialog)
        .getAllByRole('textbox', { name: 'Band name' })
        .map((i) => (i as HTMLInputElement).value),
    ).toEqual(['Good', 'Fair']);
    await user.click(within(dialog).getByRole('button', { name: 'Remove band 1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save classification' }));
    await waitFor(() => expect(gateway.rules?.bands).toEqual([{ label: 'Fair', min: 10 }]));
  }, 30_000);
});
