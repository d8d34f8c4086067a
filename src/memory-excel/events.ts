// Events: worksheet onChanged, worksheets.onActivated and workbook.onActivated;
// handlers registered through a sync, fired by the host's test API (a user's or a
// co-author's edit, a sheet or the workbook brought to the front).

export interface ChangedEventArgs {
  type: 'WorksheetChanged';
  address: string;
  worksheetId: string;
  source: 'Local' | 'Remote';
  changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted';
  triggerSource: 'Unknown' | 'ThisLocalAddin';
}

export interface ActivatedEventArgs {
  type: 'WorksheetActivated' | 'WorkbookActivated';
  worksheetId?: string;
}

export type EventKind = 'changed' | 'activated';

type Handler = (args: ChangedEventArgs | ActivatedEventArgs) => unknown;

interface Registration {
  kind: EventKind;
  /** null: every sheet (worksheets.onChanged / onActivated, workbook.onActivated). */
  sheetId: string | null;
  handler: Handler;
}

export class EventRegistry {
  private readonly registrations = new Set<Registration>();

  add(sheetId: string | null, handler: Handler, kind: EventKind = 'changed'): Registration {
    const r = { kind, sheetId, handler };
    this.registrations.add(r);
    return r;
  }

  remove(r: Registration): void {
    this.registrations.delete(r);
  }

  get count(): number {
    return this.registrations.size;
  }

  /** Calls every handler for the sheet and waits for them (handlers may start Excel.run batches). */
  async fire(args: ChangedEventArgs | ActivatedEventArgs): Promise<void> {
    const kind: EventKind = args.type === 'WorksheetChanged' ? 'changed' : 'activated';
    const targets = [...this.registrations].filter(
      (r) => r.kind === kind && (r.sheetId === null || r.sheetId === args.worksheetId),
    );
    await Promise.all(targets.map(async (r) => r.handler({ ...args })));
  }
}

export type { Registration };
