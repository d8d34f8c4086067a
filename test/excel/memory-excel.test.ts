// The in-memory host itself: Office.js semantics the gateway tests rely on.
import { createMemoryExcel, MemoryOfficeError, type WorkbookData } from '../../src/memory-excel';

function workbook(): WorkbookData {
  return {
    sheets: [
      {
        name: 'Tiêu chí',
        cells: {
          A1: { value: 'TT' },
          E9: { value: 5 },
          F9: { value: 4 },
          E10: { value: 10 },
          F10: { value: 12 },
          F11: { value: null, formula: '=SUM(F9:F10)' },
        },
        merges: ['A9:A10'],
      },
      { name: 'Khác', cells: { A1: { value: 1 }, A2: { value: null, formula: "='Tiêu chí'!F11*2" } } },
    ],
  };
}

async function officeCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof MemoryOfficeError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('load and sync', () => {
  it('throws on reading a property that was not loaded, or loaded but not synced', async () => {
    const host = createMemoryExcel(workbook());
    await host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Tiêu chí').getRange('E9:F10');
      expect(() => range.values).toThrow(/chưa được tải/);
      range.load('values');
      expect(() => range.values).toThrow(/chưa được tải/);
      await ctx.sync();
      expect(range.values).toEqual([
        [5, 4],
        [10, 12],
      ]);
      expect(() => range.address).toThrow(/chưa được tải/);
    });
  });

  it('applies writes only at sync, in order', async () => {
    const host = createMemoryExcel(workbook());
    await host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Tiêu chí').getRange('F9');
      range.values = [[1]];
      expect(host.cell('Tiêu chí', 'F9')?.value).toBe(4);
      range.values = [[2]];
      range.load('values');
      await ctx.sync();
      expect(range.values).toEqual([[2]]);
    });
    expect(host.cell('Tiêu chí', 'F9')?.value).toBe(2);
  });

  it('counts syncs and records payload sizes', async () => {
    const host = createMemoryExcel(workbook());
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Khác').getRange('B1:B2').values = [['x'.repeat(1000)], ['y']];
      await ctx.sync();
    });
    expect(host.syncCount).toBe(2);
    expect(host.requestLog[1].requestBytes).toBeGreaterThan(1000);
    expect(host.maxRequestBytes).toBe(host.requestLog[1].requestBytes);
    expect(host.requestLog[0].responseBytes).toBeGreaterThan(0);
  });

  it('refuses a request over the payload limit and applies nothing', async () => {
    const host = createMemoryExcel(workbook(), { payloadLimitBytes: 500 });
    const code = await officeCode(
      host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Khác');
        ws.getRange('C1').values = [['small']];
        ws.getRange('B1').values = [['x'.repeat(600)]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(host.cell('Khác', 'C1')).toBeUndefined();
  });

  it('refuses a response over the payload limit', async () => {
    const host = createMemoryExcel(
      { sheets: [{ name: 'S', cells: { A1: { value: 'x'.repeat(700) } } }] },
      { payloadLimitBytes: 500 },
    );
    const code = await officeCode(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
  });
});

describe('OrNullObject', () => {
  it('gives null objects for missing items and ItemNotFound for getItem', async () => {
    const host = createMemoryExcel(workbook());
    await host.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Không có');
      const present = ctx.workbook.worksheets.getItemOrNullObject('khác');
      const emptyUsed = ctx.workbook.worksheets.add('Trống').getUsedRangeOrNullObject(true);
      const merged = present.getRange('A1:B2').getMergedAreasOrNullObject();
      present.load('name');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('Khác');
      expect(emptyUsed.isNullObject).toBe(true);
      expect(merged.isNullObject).toBe(true);
    });
    expect(
      await officeCode(
        host.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Không có').getRange('A1').values = [[1]];
          await ctx.sync();
        }),
      ),
    ).toBe('ItemNotFound');
  });

  it('reads used ranges and merged areas with sheet-qualified addresses', async () => {
    const host = createMemoryExcel(workbook());
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Tiêu chí');
      const used = ws.getUsedRangeOrNullObject(true).load('address');
      const merged = ws.getRange('A1:H20').getMergedAreasOrNullObject();
      merged.areas.load('items/address');
      await ctx.sync();
      expect(used.address).toBe("'Tiêu chí'!A1:F11");
      expect(merged.areas.items.map((r) => r.address)).toEqual(["'Tiêu chí'!A9:A10"]);
    });
  });
});

describe('values, formulas and text', () => {
  it('computes SUM, cross-sheet references and recalculates after writes', async () => {
    const host = createMemoryExcel(workbook());
    expect(host.cell('Tiêu chí', 'F11')?.value).toBe(16);
    expect(host.cell('Khác', 'A2')?.value).toBe(32);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Tiêu chí').getRange('F9').values = [[0]];
      await ctx.sync();
    });
    expect(host.cell('Khác', 'A2')?.value).toBe(24);
  });

  it('keeps formula-like text as text in a "@" cell and makes it a formula elsewhere', async () => {
    const host = createMemoryExcel(workbook());
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Khác');
      ws.getRange('C1:C2').numberFormat = [['@'], ['@']];
      ws.getRange('C1:C2').values = [['=HYPERLINK("http://x")'], ['+cmd|x']];
      ws.getRange('D1:D3').values = [['=1+1'], ['+cmd|x'], ['5']];
      await ctx.sync();
    });
    expect(host.cell('Khác', 'C1')).toEqual({ value: '=HYPERLINK("http://x")', numberFormat: '@' });
    expect(host.cell('Khác', 'C2')?.formula).toBeUndefined();
    expect(host.cell('Khác', 'D1')).toMatchObject({ formula: '=1+1', value: 2 });
    expect(host.cell('Khác', 'D2')?.formula).toBe('=+cmd|x');
    expect(host.cell('Khác', 'D3')?.value).toBe(5);
  });
});

describe('faults', () => {
  it('a failing sync applies nothing of its batch', async () => {
    const host = createMemoryExcel(workbook());
    const before = host.snapshotModel();
    host.failNextSync();
    const code = await officeCode(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.add('Mới');
        ctx.workbook.worksheets.getItem('Khác').getRange('A1').values = [[9]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('GeneralException');
    expect(host.snapshotModel()).toEqual(before);
  });

  it('edit mode fails every sync; a protected sheet refuses writes', async () => {
    const host = createMemoryExcel(workbook());
    host.setEditMode(true);
    const write = () =>
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Khác').getRange('A1').values = [[9]];
        await ctx.sync();
      });
    expect(await officeCode(write())).toBe('InvalidOperationInCellEditMode');
    host.setEditMode(false);
    host.setProtected('Khác');
    expect(await officeCode(write())).toBe('AccessDenied');
    expect(host.cell('Khác', 'A1')?.value).toBe(1);
  });
});

describe('events', () => {
  it('fires onChanged for local and remote edits until the handler is removed', async () => {
    const host = createMemoryExcel(workbook());
    const seen: unknown[] = [];
    const registration = await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Tiêu chí');
      const result = ws.onChanged.add(async (e) => {
        seen.push(e);
      });
      await ctx.sync();
      return result;
    });
    const id = host.sheet('Tiêu chí')!.id;
    await host.edit('Tiêu chí', 'F9', 3);
    await host.edit(
      'Tiêu chí',
      'F9:G10',
      [
        [1, 2],
        [3, 4],
      ],
      { source: 'Remote' },
    );
    await host.edit('Khác', 'A1', 2);
    expect(seen).toEqual([
      expect.objectContaining({ address: 'F9', worksheetId: id, source: 'Local', changeType: 'RangeEdited' }),
      expect.objectContaining({ address: 'F9:G10', worksheetId: id, source: 'Remote' }),
    ]);
    expect(host.cell('Tiêu chí', 'G10')?.value).toBe(4);
    await host.run(registration.context, async (ctx) => {
      registration.remove();
      await ctx.sync();
    });
    await host.edit('Tiêu chí', 'F9', 5);
    expect(seen).toHaveLength(2);
    expect(host.eventHandlerCount).toBe(0);
  });
});

describe('data validation', () => {
  it('typeInto refuses a value outside a decimal rule with a stop alert', async () => {
    const host = createMemoryExcel(workbook());
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Tiêu chí').getRange('F9:F10');
      r.dataValidation.rule = { decimal: { formula1: 0, formula2: '=$E9', operator: 'Between' } };
      r.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Sai', message: 'Điểm phải từ 0 đến điểm chuẩn' };
      await ctx.sync();
    });
    expect(await host.typeInto('Tiêu chí', 'F9', '6')).toEqual({
      accepted: false,
      alert: { style: 'Stop', title: 'Sai', message: 'Điểm phải từ 0 đến điểm chuẩn' },
    });
    expect(host.cell('Tiêu chí', 'F9')?.value).toBe(4);
    expect((await host.typeInto('Tiêu chí', 'F10', '6')).accepted).toBe(true);
    expect(host.cell('Tiêu chí', 'F10')?.value).toBe(6);
    expect((await host.typeInto('Tiêu chí', 'F10', 'đạt')).accepted).toBe(false);
    expect((await host.typeInto('Tiêu chí', 'F10', '11')).accepted).toBe(false);
  });

  it('reports None, the type, or Inconsistent over a range', async () => {
    const host = createMemoryExcel(workbook());
    const types = await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Tiêu chí');
      ws.getRange('F9').dataValidation.rule = { decimal: { formula1: 0, formula2: 5, operator: 'Between' } };
      const ranges = ['G9:G10', 'F9', 'F9:F10'].map((a) => ws.getRange(a).dataValidation.load('type'));
      await ctx.sync();
      return ranges.map((r) => r.type);
    });
    expect(types).toEqual(['None', 'Decimal', 'Inconsistent']);
  });
});

describe('conditional formats', () => {
  it('adds, lists, evaluates and deletes custom formats by id', async () => {
    const host = createMemoryExcel(workbook());
    const id = await host.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Tiêu chí').getRange('F9:F10').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=F9>$E9';
      cf.custom.format.fill.color = '#ffc7ce';
      cf.load('id');
      await ctx.sync();
      return cf.id;
    });
    expect(host.activeConditionalFormats('Tiêu chí', 'F9')).toEqual([]);
    expect(host.activeConditionalFormats('Tiêu chí', 'F10')).toEqual([expect.objectContaining({ id, fill: '#FFC7CE' })]);
    await host.run(async (ctx) => {
      const list = ctx.workbook.worksheets.getItem('Tiêu chí').getRange('F10').conditionalFormats.load('items/id');
      await ctx.sync();
      expect(list.items.map((c) => c.id)).toEqual([id]);
      list.items[0].delete();
      await ctx.sync();
    });
    expect(host.snapshotModel().sheets[0].conditionalFormats).toEqual([]);
  });
});

describe('import and export', () => {
  it('round-trips a workbook as plain data', () => {
    const host = createMemoryExcel(workbook());
    const data = host.snapshotModel();
    expect(createMemoryExcel(data).snapshotModel()).toEqual(data);
    expect(host.sheetSnapshot('Tiêu chí').merges).toEqual(['A9:A10']);
  });
});
