// Office failures -> GatewayError codes the pane can put into words.
import { GatewayError } from './api';

const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'PayloadTooLarge']);

/** The Office error code of a failure (OfficeExtension.Error carries it in `code`). */
export function officeCode(e: unknown): string {
  return e !== null && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string'
    ? (e as { code: string }).code
    : '';
}

export function isPayloadTooLarge(e: unknown): boolean {
  return PAYLOAD_CODES.has(officeCode(e)) || /payload.*(size|limit|large)/i.test(e instanceof Error ? e.message : '');
}

export function toGatewayError(e: unknown, sheet?: string): GatewayError {
  if (e instanceof GatewayError) return e;
  const code = officeCode(e);
  const detail = e instanceof Error ? e.message : String(e);
  if (code === 'InvalidOperationInCellEditMode') return new GatewayError('EDIT_MODE', detail, sheet);
  if (code === 'AccessDenied' || /protected/i.test(detail)) return new GatewayError('PROTECTED', detail, sheet);
  // Excel reports a batch sent while a cell is being edited as InvalidOperation.
  if (code === 'InvalidOperation') return new GatewayError('EDIT_MODE', detail, sheet);
  if (code === 'ItemNotFound' || code === 'InvalidReference') return new GatewayError('SHEET_GONE', detail, sheet);
  if (isPayloadTooLarge(e)) return new GatewayError('TOO_LARGE', detail, sheet);
  if (code === 'Conflict' || code === 'InsertDeleteConflict') return new GatewayError('CONFLICT', detail, sheet);
  if (code === 'ApiNotFound' || code === 'NotImplemented' || code === 'UnsupportedFeature')
    return new GatewayError('UNSUPPORTED', detail, sheet);
  return new GatewayError('UNKNOWN', detail || 'Unknown Excel error', sheet);
}
