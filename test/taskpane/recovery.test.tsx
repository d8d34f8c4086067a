// The pane over the real gateway and the in-memory Excel host, through faults:
// each gives a Vietnamese message saying what happened (naming the sheet when
// known), and the next action succeeds.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createExcelGateway } from '../../src/excel/gateway';
import { createMemoryExcel, type MemoryExcel } from '../../src/memory-excel';
import { mountTaskPane, type MountedPane } from '../../src/taskpane/mount';
import { criteriaWorkbook, SHEET } from '../excel/fixtures';
import { olderExcel } from '../support/older-excel';

let pane: MountedPane | null = null;
afterEach(async () => {
  await act(async () => pane?.unmount());
  pane = null;
  document.body.replaceChildren();
});

async function mount(host: MemoryExcel, missing: string[] = []) {
  const { excel, requirements } = olderExcel(host, missing);
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    pane = mountTaskPane(root, createExcelGateway(excel, requirements), { lang: 'vi', dark: false, file: 'thi-dua.xlsx' });
  });
  await waitFor(() => expect(pane!.controller.getState().status).toBe('ready'));
  return { root, user: userEvent.setup() };
}

function setup() {
  return createMemoryExcel(criteriaWorkbook(20).data);
}

/** The message bar's text once it is there (the live region repeats it for screen readers). */
async function notice(root: HTMLElement, text: string | RegExp): Promise<void> {
  await waitFor(() => expect(root.querySelector('.fui-MessageBarBody')?.textContent).toMatch(text));
}

const EDIT_MODE = 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc trong ô rồi thử lại.';

describe('the pane recovers', () => {
  it.each([
    ['Bảo vệ điểm', /^Đã bảo vệ 40 ô điểm\.$/],
    ['Ghi tổng điểm', 'Đã ghi tổng điểm vào trang "Tổng hợp điểm".'],
    ['Kiểm tra lại', /^Đã kiểm tra 1 trang tính/],
  ])('from a cell in edit mode during "%s" (Excel before 1.11, which cannot delay a batch)', async (action, success) => {
    const host = setup();
    const { root, user } = await mount(host, ['1.11']);
    const before = host.snapshotModel();
    host.setEditMode(true);
    await user.click(screen.getByRole('button', { name: action }));
    await notice(root, EDIT_MODE);
    expect(host.snapshotModel()).toEqual(before);
    host.setEditMode(false);
    await user.click(screen.getByRole('button', { name: action }));
    await notice(root, success);
  });

  it('waits out edit mode where Excel can delay a batch (delayForCellEdit, ExcelApi 1.11)', async () => {
    const host = setup();
    const { root, user } = await mount(host);
    host.setEditMode(true);
    await user.click(screen.getByRole('button', { name: 'Ghi tổng điểm' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(host.sheet('Tổng hợp điểm')).toBeUndefined();
    expect(root.querySelector('.fui-MessageBarBody')).toBeNull();
    host.setEditMode(false);
    await notice(root, 'Đã ghi tổng điểm vào trang "Tổng hợp điểm".');
  });

  it('from edit mode while inserting the monthly plan', async () => {
    const host = setup();
    const { root, user } = await mount(host, ['1.11']);
    await user.click(screen.getByRole('tab', { name: 'Kế hoạch' }));
    host.setEditMode(true);
    await user.click(screen.getByRole('button', { name: 'Chèn kế hoạch tháng' }));
    await notice(root, EDIT_MODE);
    host.setEditMode(false);
    await user.click(screen.getByRole('button', { name: 'Chèn kế hoạch tháng' }));
    await notice(root, /^Đã chèn kế hoạch vào trang "KH T\d\d-\d{4}"\.$/);
  });

  it('from edit mode when the pane opens', async () => {
    const host = setup();
    host.setEditMode(true);
    const { root, user } = await mount(host, ['1.11']);
    await notice(root, EDIT_MODE);
    host.setEditMode(false);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await notice(root, /^Đã kiểm tra 1 trang tính/);
    expect(screen.getByRole('table', { name: `Tổng điểm của trang ${SHEET}` })).toBeInTheDocument();
  });

  it('from a protected sheet, named in the message', async () => {
    const host = setup();
    const { root, user } = await mount(host);
    host.setProtected(SHEET);
    await user.click(screen.getByRole('button', { name: 'Bảo vệ điểm' }));
    await notice(root, `Trang tính "${SHEET}" đang được khóa. Bỏ khóa trang rồi thử lại.`);
    host.setProtected(SHEET, false);
    await user.click(screen.getByRole('button', { name: 'Bảo vệ điểm' }));
    await notice(root, /^Đã bảo vệ/);
  });

  it.each([
    [
      'deleted',
      (host: MemoryExcel) => host.deleteSheet(SHEET),
      `Trang tính "${SHEET}" không còn nữa. Bấm Kiểm tra lại.`,
      /^Đã kiểm tra 0 trang tính/,
    ],
    [
      'renamed',
      (host: MemoryExcel) => host.renameSheet(SHEET, 'Tiêu chí mới'),
      `Trang tính "${SHEET}" vừa bị đổi tên hoặc thay đổi. Bấm Kiểm tra lại rồi thử lại.`,
      /^Đã kiểm tra 1 trang tính/,
    ],
  ])('from the watched sheet being %s while an edit is read', async (_what, change, message, success) => {
    const host = setup();
    const { root, user } = await mount(host);
    const off = host.onBeforeSync(() => {
      off();
      change(host);
    });
    await act(() => host.edit(SHEET, 'F9', 1));
    await notice(root, message);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await notice(root, success);
  });

  it('on an older Excel: says what is missing, keeps guarding off, and the rest works', async () => {
    const host = setup();
    const { root, user } = await mount(host, ['1.7', '1.8', '1.9', '1.13']);
    expect(root.textContent).toContain('Excel này thiếu một số tính năng:');
    expect(root.textContent).toContain('bảo vệ điểm (ExcelApi 1.8)');
    expect(root.textContent).toContain('kiểm tra ngay khi sửa (ExcelApi 1.7)');
    expect(screen.getByRole('button', { name: 'Bảo vệ điểm' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Ghi tổng điểm' }));
    await notice(root, 'Đã ghi tổng điểm vào trang "Tổng hợp điểm".');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await notice(root, /^Đã kiểm tra \d+ trang tính/);
  });
});
