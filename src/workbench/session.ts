// The workbench's document: one in-memory Excel host at a time (replaced when a
// file is opened), the pane mounted over it, and a version number that moves on
// every change so the workbook view re-renders.
import { createMemoryExcel, type InputCheck, type MemoryExcel, type WorkbookData } from '../memory-excel';

/** Mounts the task pane over a host; returns its unmount. */
export type PaneMounter = (host: MemoryExcel, file: string) => () => Promise<void>;

export class WorkbenchSession {
  private current: MemoryExcel | null = null;
  private name = '';
  private version = 0;
  private unmountPane: (() => Promise<void>) | null = null;
  private stopHook: (() => void) | null = null;
  private bumpScheduled = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly mountPane: PaneMounter) {}

  get host(): MemoryExcel {
    if (!this.current) throw new Error('No workbook is open.');
    return this.current;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  get fileName(): string {
    return this.name;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Replaces the workbook: a new host, and a new pane over it. */
  async open(data: WorkbookData, fileName: string): Promise<void> {
    await this.close();
    const host = createMemoryExcel(data);
    this.current = host;
    this.name = fileName;
    // Hooks run inside a sync, before its commands: re-render once the sync is done.
    this.stopHook = host.onBeforeSync(() => this.scheduleBump());
    this.unmountPane = this.mountPane(host, fileName);
    this.bump();
  }

  async close(): Promise<void> {
    this.stopHook?.();
    this.stopHook = null;
    const unmount = this.unmountPane;
    this.unmountPane = null;
    this.current = null;
    if (unmount) await unmount();
  }

  /** A user typing into a cell; data validation may refuse it. */
  async typeInto(sheet: string, address: string, text: string): Promise<InputCheck> {
    const check = await this.host.typeInto(sheet, address, text);
    this.bump();
    return check;
  }

  private scheduleBump(): void {
    if (this.bumpScheduled) return;
    this.bumpScheduled = true;
    setTimeout(() => {
      this.bumpScheduled = false;
      this.bump();
    }, 0);
  }

  private bump(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
