// Excel's stop alert when data validation refuses what was typed: Retry goes back
// to the edit, Cancel drops it.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { ErrorCircle24Filled } from '@fluentui/react-icons';

export interface Alert {
  style: string;
  title: string;
  message: string;
}

export function StopAlert({ alert, onRetry, onCancel }: { alert: Alert | null; onRetry(): void; onCancel(): void }) {
  return (
    <Dialog modalType="alert" open={alert !== null} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface className="stop-alert" aria-describedby="stop-alert-message">
        <DialogBody>
          <DialogTitle>{alert?.title || 'Microsoft Excel'}</DialogTitle>
          <DialogContent className="stop-alert-content">
            <ErrorCircle24Filled className="stop-alert-icon" aria-hidden="true" />
            <p id="stop-alert-message" className="stop-alert-message">
              {alert?.message || 'Giá trị này không khớp với quy tắc xác thực dữ liệu của ô.'}
            </p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onRetry}>
              Thử lại
            </Button>
            <Button onClick={onCancel}>Hủy</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
