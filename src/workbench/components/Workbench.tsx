// The workbook side of the workbench: toolbar, formula bar, grid, sheet tabs and
// the stop alert. It follows the host: sheets the pane adds or activates and cells
// it selects show up here.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { formatCell, parseCell, type CellRef } from '../../engine/address';
import type { MemoryExcel, SheetModel } from '../../memory-excel';
import type { WorkbenchSession } from '../session';
import { FormulaBar } from './FormulaBar';
import { Grid, type Move } from './Grid';
import { SheetTabs } from './SheetTabs';
import { StopAlert, type Alert } from './StopAlert';
import { Toolbar } from './Toolbar';

export interface WorkbenchProps {
  session: WorkbenchSession;
  /** Opens .xlsx bytes (throws with a message when they are no workbook). */
  openBytes(bytes: ArrayBuffer, name: string): Promise<void>;
  openSeed(): Promise<void>;
  download(): Promise<void>;
}

interface Edit {
  text: string;
  place: 'cell' | 'bar';
}

const A1: CellRef = { row: 1, col: 1 };

function rawContent(sheet: SheetModel | undefined, at: CellRef): string {
  const cell = sheet?.cells.get(at.row)?.get(at.col);
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return cell.value === null ? '' : String(cell.value);
}

function moved(at: CellRef, move: Move): CellRef {
  const d = { down: [1, 0], up: [-1, 0], right: [0, 1], left: [0, -1], none: [0, 0] }[move];
  return { row: Math.max(1, at.row + d[0]), col: Math.max(1, at.col + d[1]) };
}

/** Switches the view when the pane adds a sheet, activates one or selects a cell. */
function useFollowHost(session: WorkbenchSession, version: number, show: (sheet: string, at?: CellRef) => void): void {
  const seen = useRef<{ host: MemoryExcel; sheets: Set<string>; active: string | null; selection: unknown } | null>(null);
  useEffect(() => {
    if (!session.isOpen) return;
    const host = session.host;
    const model = host.model;
    // A newly opened workbook starts afresh.
    const before = seen.current?.host === host ? seen.current : null;
    seen.current = {
      host,
      sheets: new Set(model.sheets.map((s) => s.id)),
      active: model.activeSheetId,
      selection: model.selection,
    };
    const byId = (id: string | null) => model.sheets.find((s) => s.id === id);
    if (!before) {
      show(byId(model.activeSheetId)?.name ?? model.sheets[0]?.name ?? '');
      return;
    }
    const added = model.sheets.filter((s) => !before.sheets.has(s.id) && s.visibility === 'Visible');
    if (model.selection && model.selection !== before.selection) {
      const sheet = byId(model.selection.sheetId);
      if (sheet) show(sheet.name, parseCell(model.selection.address.split(':')[0]) ?? undefined);
    } else if (added.length) show(added[added.length - 1].name, A1);
    else if (model.activeSheetId !== before.active && byId(model.activeSheetId)) show(byId(model.activeSheetId)!.name);
  }, [session, version, show]);
}

export function Workbench({ session, openBytes, openSeed, download }: WorkbenchProps) {
  const version = useSyncExternalStore(session.subscribe, session.getVersion);
  const [sheetName, setSheetName] = useState('');
  const [selected, setSelected] = useState<CellRef>(A1);
  const [edit, setEdit] = useState<Edit | null>(null);
  /** A refused entry: the alert, and the text to go back to on Retry. */
  const [refused, setRefused] = useState<{ alert: Alert; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const show = useCallback((name: string, at?: CellRef) => {
    setSheetName(name);
    setSelected(at ?? A1);
    setEdit(null);
  }, []);
  useFollowHost(session, version, show);

  const open = session.isOpen;
  const sheet = open ? (session.host.sheet(sheetName) ?? session.host.model.sheets[0]) : undefined;
  const address = formatCell(selected.row, selected.col);
  const validation = sheet?.validations.get(selected.row)?.get(selected.col);
  const prompt = validation?.prompt.showPrompt
    ? [validation.prompt.title, validation.prompt.message].filter(Boolean).join(': ')
    : '';

  const task = async (work: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (!session.isOpen) void task(openSeed);
    // Once, when the page opens.
  }, []);

  const select = (at: CellRef) => {
    setSelected(at);
    setEdit(null);
  };
  const commit = async (move: Move, text = edit?.text) => {
    if (!sheet || text === undefined) return;
    const check = await session.typeInto(sheet.name, address, text);
    if (!check.accepted) {
      setRefused({ alert: check.alert ?? { style: 'Stop', title: '', message: '' }, text });
      return;
    }
    setEdit(null);
    setSelected(moved(selected, move));
  };

  return (
    <div className="wb-workbook">
      <Toolbar
        fileName={session.isOpen ? session.fileName : ''}
        busy={busy}
        onOpen={(file) => task(async () => openBytes(await file.arrayBuffer(), file.name))}
        onDownload={() => task(download)}
        onReset={() => task(openSeed)}
      />
      {error && (
        <MessageBar intent="error" className="wb-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <FormulaBar
        address={address}
        text={edit ? edit.text : rawContent(sheet, selected)}
        prompt={prompt}
        onDraft={(text) => setEdit({ text, place: 'bar' })}
        onCommit={() => void commit('none', edit?.text ?? rawContent(sheet, selected))}
        onCancel={() => setEdit(null)}
      />
      {sheet ? (
        <Grid
          host={session.host}
          sheet={sheet}
          version={version}
          selected={selected}
          editing={edit?.place === 'cell' ? edit.text : null}
          onSelect={select}
          onMove={(move) => select(moved(selected, move))}
          onStartEdit={(initial) => setEdit({ text: initial ?? rawContent(sheet, selected), place: 'cell' })}
          onDraft={(text) => setEdit({ text, place: 'cell' })}
          onCommit={(move) => void commit(move)}
          onClear={() => void commit('none', '')}
          onCancel={() => setEdit(null)}
        />
      ) : (
        <div className="wb-loading">{busy ? <Spinner label="Đang mở bảng tính…" /> : null}</div>
      )}
      {open && <SheetTabs sheets={session.host.model.sheets} active={sheet?.name ?? ''} onSelect={(name) => show(name)} />}
      <StopAlert
        alert={refused?.alert ?? null}
        onRetry={() => {
          setEdit({ text: refused?.text ?? '', place: 'cell' });
          setRefused(null);
        }}
        onCancel={() => {
          setRefused(null);
          setEdit(null);
        }}
      />
    </div>
  );
}
