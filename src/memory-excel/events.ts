// Worksheet onChanged events: handlers registered through a sync, fired by the
// host's test API (a user's or a co-author's edit).

export interface ChangedEventArgs {
  type: 'WorksheetChanged';
  address: string;
  worksheetId: string;
  source: 'Local' | 'Remote';
  changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted';
  triggerSource: 'Unknown' | 'ThisLocalAddin';
}

type Handler = (args: ChangedEventArgs) => unknown;

interface Registration {
  /** null: every sheet (worksheets.onChanged). */
  sheetId: string | null;
  handler: Handler;
}

export class EventRegistry {
  private readonly registrations = new Set<Registration>();

  add(sheetId: string | null, handler: Handler): Registration {
    const r = { sheetId, handler };
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
  async fire(args: ChangedEventArgs): Promise<void> {
    const targets = [...this.registrations].filter((r) => r.sheetId === null || r.sheetId === args.worksheetId);
    await Promise.all(targets.map(async (r) => r.handler({ ...args })));
  }
}

export type { Registration };
