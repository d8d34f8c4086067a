// Office failures -> GatewayError codes the pane can put into words. Only the error's
// `code` is read: Office localizes messages (a Vietnamese Excel says nothing in English).
import { GatewayError, type GatewayErrorCode } from './api';

const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'PayloadTooLarge']);

const BY_CODE: Record<string, GatewayErrorCode> = {
  InvalidOperationInCellEditMode: 'EDIT_MODE',
  AccessDenied: 'PROTECTED',
  ItemNotFound: 'SHEET_GONE',
  InvalidReference: 'SHEET_GONE',
  InvalidOperation: 'REFUSED',
  InvalidArgument: 'REFUSED',
  GeneralException: 'EXCEL_FAILED',
  Conflict: 'CONFLICT',
  InsertDeleteConflict: 'CONFLICT',
  ApiNotFound: 'UNSUPPORTED',
  NotImplemented: 'UNSUPPORTED',
  UnsupportedFeature: 'UNSUPPORTED',
};

/** The Office error code of a failure (OfficeExtension.Error carries it in `code`). */
export function officeCode(e: unknown): string {
  return e !== null && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string'
    ? (e as { code: string }).code
    : '';
}

export function isPayloadTooLarge(e: unknown): boolean {
  return PAYLOAD_CODES.has(officeCode(e));
}

export function toGatewayError(e: unknown, sheet?: string): GatewayError {
  if (e instanceof GatewayError) return e;
  const code = officeCode(e);
  const detail = e instanceof Error ? e.message : String(e);
  const mapped = isPayloadTooLarge(e) ? 'TOO_LARGE' : BY_CODE[code];
  return new GatewayError(mapped ?? 'UNKNOWN', detail || code || 'Unknown Excel error', sheet);
}
