// Name box and formula bar: shows the selected cell's formula or value in full;
// typing here and pressing Enter enters it into the cell, as in Excel.
import type { KeyboardEvent } from 'react';

export interface FormulaBarProps {
  address: string;
  /** The cell's formula or value, or the draft being typed. */
  text: string;
  /** The input prompt of the cell's data validation, if any. */
  prompt: string;
  onDraft(text: string): void;
  onCommit(): void;
  onCancel(): void;
}

export function FormulaBar({ address, text, prompt, onDraft, onCommit, onCancel }: FormulaBarProps) {
  const keys = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onCommit();
    } else if (e.key === 'Escape') onCancel();
  };
  return (
    <div className="formula-bar">
      <output className="name-box" aria-label="Ô đang chọn">
        {address}
      </output>
      <span className="fx" aria-hidden="true">
        fx
      </span>
      <input
        className="formula-input"
        aria-label="Nội dung ô (Enter để nhập)"
        spellCheck={false}
        value={text}
        onChange={(e) => onDraft(e.target.value)}
        onKeyDown={keys}
      />
      {prompt && (
        <span className="prompt" role="note">
          {prompt}
        </span>
      )}
    </div>
  );
}
