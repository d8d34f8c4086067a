// The workbench's own bar: which file is open, open another .xlsx, download the
// current workbook, go back to the seed.
import { useRef } from 'react';
import { Button, Caption1, Text, Toolbar as FluentToolbar, ToolbarDivider } from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowReset20Regular, FolderOpen20Regular } from '@fluentui/react-icons';

export interface ToolbarProps {
  fileName: string;
  busy: boolean;
  onOpen(file: File): void;
  onDownload(): void;
  onReset(): void;
}

export function Toolbar({ fileName, busy, onOpen, onDownload, onReset }: ToolbarProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className="wb-header">
      <div className="wb-title">
        <Text weight="semibold" size={400}>
          Thi đua · Workbench
        </Text>
        <Caption1 className="wb-file" title={fileName}>
          {fileName}
        </Caption1>
      </div>
      <FluentToolbar aria-label="Tệp" size="small">
        <Button appearance="subtle" icon={<FolderOpen20Regular />} disabled={busy} onClick={() => input.current?.click()}>
          Mở .xlsx
        </Button>
        <Button appearance="subtle" icon={<ArrowDownload20Regular />} disabled={busy} onClick={onDownload}>
          Tải .xlsx
        </Button>
        <ToolbarDivider />
        <Button appearance="subtle" icon={<ArrowReset20Regular />} disabled={busy} onClick={onReset}>
          Mở lại tệp mẫu
        </Button>
      </FluentToolbar>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="visually-hidden"
        aria-label="Chọn tệp .xlsx"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onOpen(file);
        }}
      />
    </header>
  );
}
