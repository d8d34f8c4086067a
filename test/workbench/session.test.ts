// The workbench session: one host at a time, the pane mounted over it, and a
// version that moves whenever the workbook may have changed.
import type { MemoryExcel } from '../../src/memory-excel';
import { WorkbenchSession } from '../../src/workbench/session';

const book = (name: string) => ({
  sheets: [
    {
      name,
      cells: { A1: { value: 1 } },
      validations: [{ address: 'A1', rule: { type: 'Decimal' as const, operator: 'Between', formula1: 0, formula2: 5 } }],
    },
  ],
});

function mountLog() {
  const log: string[] = [];
  const hosts: MemoryExcel[] = [];
  const mount = (host: MemoryExcel, file: string) => {
    hosts.push(host);
    log.push(`mount ${file}`);
    return async () => {
      log.push(`unmount ${file}`);
    };
  };
  return { log, hosts, mount };
}

test('opening a workbook mounts the pane over a new host; opening another unmounts the first', async () => {
  const m = mountLog();
  const session = new WorkbenchSession(m.mount);
  expect(session.isOpen).toBe(false);
  await session.open(book('A'), 'a.xlsx');
  await session.open(book('B'), 'b.xlsx');
  expect(m.log).toEqual(['mount a.xlsx', 'unmount a.xlsx', 'mount b.xlsx']);
  expect(m.hosts[0]).not.toBe(m.hosts[1]);
  expect(session.host).toBe(m.hosts[1]);
  expect(session.fileName).toBe('b.xlsx');
  expect(session.host.model.sheets.map((s) => s.name)).toEqual(['B']);
});

test('the version moves after a sync of the pane and after a typed edit, and listeners hear it', async () => {
  const session = new WorkbenchSession(mountLog().mount);
  await session.open(book('A'), 'a.xlsx');
  const heard = jest.fn();
  session.subscribe(heard);
  const v0 = session.getVersion();
  await session.host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('A').getRange('B1').values = [[2]];
    await ctx.sync();
  });
  await new Promise((r) => setTimeout(r, 5));
  const v1 = session.getVersion();
  expect(v1).toBeGreaterThan(v0);
  expect(await session.typeInto('A', 'A1', '3')).toEqual({ accepted: true });
  expect(session.getVersion()).toBeGreaterThan(v1);
  expect(heard).toHaveBeenCalled();
});

test('a refused entry leaves the cell as it was', async () => {
  const session = new WorkbenchSession(mountLog().mount);
  await session.open(book('A'), 'a.xlsx');
  const check = await session.typeInto('A', 'A1', '-1');
  expect(check.accepted).toBe(false);
  expect(session.host.cell('A', 'A1')?.value).toBe(1);
});

test('closing unmounts the pane and stops following the old host', async () => {
  const m = mountLog();
  const session = new WorkbenchSession(m.mount);
  await session.open(book('A'), 'a.xlsx');
  const host = session.host;
  await session.close();
  expect(m.log).toEqual(['mount a.xlsx', 'unmount a.xlsx']);
  const v = session.getVersion();
  await host.run(async (ctx) => ctx.sync());
  await new Promise((r) => setTimeout(r, 5));
  expect(session.getVersion()).toBe(v);
  expect(() => session.host).toThrow();
});
