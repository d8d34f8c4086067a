// Errors shaped like OfficeExtension.Error: the gateway reads `code` (and the
// message for InvalidOperation), so the host reproduces both.

export type OfficeErrorCode =
  | 'AccessDenied'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidReference'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

export class MemoryOfficeError extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: OfficeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function officeError(code: OfficeErrorCode, message: string, where?: string): MemoryOfficeError {
  return new MemoryOfficeError(code, message, where);
}

export const MESSAGES = {
  editMode: 'The operation cannot be performed while Excel is in cell edit mode. Exit edit mode and try again.',
  protected: "The cell or chart you're trying to change is on a protected sheet.",
  notFound: 'The requested resource does not exist.',
} as const;
