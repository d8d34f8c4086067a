// Sheet tabs along the bottom, as in Excel; hidden sheets are not listed.
import type { SheetModel } from '../../memory-excel';

export interface SheetTabsProps {
  sheets: readonly SheetModel[];
  active: string;
  onSelect(name: string): void;
}

export function SheetTabs({ sheets, active, onSelect }: SheetTabsProps) {
  return (
    <div className="sheet-tabs" role="tablist" aria-label="Trang tính">
      {sheets
        .filter((s) => s.visibility === 'Visible')
        .map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            className="sheet-tab"
            aria-selected={s.name === active}
            onClick={() => onSelect(s.name)}
          >
            {s.name}
          </button>
        ))}
    </div>
  );
}
