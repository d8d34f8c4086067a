// Executes a context's queued commands at sync(), with Office's failure modes:
// cell edit mode, payload limits, injected faults; counts syncs and payload bytes.
import type { Command, MemoryRequestContext, SyncExecutor } from './context';
import { MemoryOfficeError, MESSAGES, officeError, type OfficeErrorCode } from './errors';
import { recalculate } from './formulas';
import type { WorkbookModel } from './model';

export interface SyncRecord {
  /** 1-based, across the host's life (resetStats() restarts it). */
  index: number;
  commands: number;
  requestBytes: number;
  responseBytes: number;
  /** Office error code when this sync failed. */
  failed?: string;
}

export interface FaultOptions {
  code?: OfficeErrorCode;
  message?: string;
  /** Commands applied before the failure (Office applies what precedes a failing command); default 0. */
  afterCommands?: number;
}

interface Fault extends FaultOptions {
  atSync: number;
}

/** Called before a sync executes; throwing fails that sync before anything is applied. */
export type SyncHook = (info: { index: number; commands: number }) => void;

export class SyncEngine implements SyncExecutor {
  syncCount = 0;
  readonly requestLog: SyncRecord[] = [];
  private edit: { code: OfficeErrorCode; left: Promise<void>; leave: () => void } | null = null;
  private faults: Fault[] = [];
  private hooks: SyncHook[] = [];

  constructor(
    private readonly model: () => WorkbookModel,
    /** Excel on the web refuses requests and responses over 5 MB; null: no limit. */
    public payloadLimitBytes: number | null,
  ) {}

  /** Cell edit mode: syncs fail with `code`, or wait for its end when their context asked to (delayForCellEdit). */
  setEditMode(code: OfficeErrorCode | null): void {
    if (code && !this.edit) {
      let leave = (): void => undefined;
      const left = new Promise<void>((resolve) => (leave = resolve));
      this.edit = { code, left, leave };
    } else if (code && this.edit) this.edit.code = code;
    else if (!code && this.edit) {
      this.edit.leave();
      this.edit = null;
    }
  }

  failAt(atSync: number, options: FaultOptions): void {
    this.faults.push({ ...options, atSync });
  }

  /** The number of the next sync to run (for fault scheduling). */
  get nextSync(): number {
    return this.syncCount + 1;
  }

  addHook(hook: SyncHook): () => void {
    this.hooks.push(hook);
    return () => {
      this.hooks = this.hooks.filter((h) => h !== hook);
    };
  }

  resetStats(): void {
    this.syncCount = 0;
    this.requestLog.length = 0;
    this.faults = [];
  }

  /** Largest request of a sync Excel accepted (a refused one carried nothing back). */
  get maxRequestBytes(): number {
    return this.requestLog.reduce((m, r) => (r.failed ? m : Math.max(m, r.requestBytes)), 0);
  }

  get maxResponseBytes(): number {
    return this.requestLog.reduce((m, r) => (r.failed ? m : Math.max(m, r.responseBytes)), 0);
  }

  async executeSync(ctx: MemoryRequestContext, commands: Command[]): Promise<void> {
    // A round trip: let other pending work (event handlers, timers) interleave as in Office.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    while (this.edit && ctx.delayForCellEdit) await this.edit.left;
    const index = ++this.syncCount;
    const record: SyncRecord = {
      index,
      commands: commands.length,
      requestBytes: commands.reduce((n, c) => n + c.requestBytes, 0),
      responseBytes: 0,
    };
    this.requestLog.push(record);
    const model = this.model();
    let wrote = false;
    try {
      if (this.edit) throw officeError(this.edit.code, MESSAGES.editMode);
      for (const hook of this.hooks) hook({ index, commands: commands.length });
      if (this.payloadLimitBytes !== null && record.requestBytes > this.payloadLimitBytes) {
        throw officeError('RequestPayloadSizeLimitExceeded', `${MESSAGES.requestTooLarge} (${record.requestBytes} byte).`);
      }
      const fault = this.faults.find((f) => f.atSync === index);
      for (let i = 0; i < commands.length; i++) {
        if (fault && i === (fault.afterCommands ?? 0))
          throw officeError(fault.code ?? 'GeneralException', fault.message ?? MESSAGES.general);
        record.responseBytes += commands[i].run(model) ?? 0;
        wrote ||= commands[i].writes;
      }
      if (fault) throw officeError(fault.code ?? 'GeneralException', fault.message ?? MESSAGES.general);
      if (this.payloadLimitBytes !== null && record.responseBytes > this.payloadLimitBytes) {
        throw officeError('ResponsePayloadSizeLimitExceeded', `${MESSAGES.responseTooLarge} (${record.responseBytes} byte).`);
      }
    } catch (e) {
      record.failed = e instanceof MemoryOfficeError ? e.code : 'Error';
      if (wrote) recalculate(model);
      throw e;
    } finally {
      this.faults = this.faults.filter((f) => f.atSync !== index);
    }
    if (wrote) recalculate(model);
    for (const c of commands) c.commit?.();
  }
}
