// Errors shaped like OfficeExtension.Error. Messages are in Vietnamese, as a
// Vietnamese Excel gives them: the gateway must read `code` only.

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
  editMode: 'Không thể thực hiện thao tác khi Excel đang ở chế độ sửa ô. Hãy thoát chế độ sửa rồi thử lại.',
  protected: 'Ô hoặc biểu đồ bạn đang cố thay đổi nằm trên trang tính được bảo vệ.',
  notFound: 'Tài nguyên được yêu cầu không tồn tại.',
  invalidArgument: 'Đối số không hợp lệ, bị thiếu hoặc có định dạng không đúng',
  invalidOperation: 'Thao tác không hợp lệ với đối tượng này.',
  alreadyExists: 'Đã có một tài nguyên cùng tên hoặc mã định danh',
  notLoaded: 'Thuộc tính chưa được tải. Hãy gọi load() rồi context.sync() trước khi đọc',
  requestTooLarge: 'Kích thước yêu cầu đã vượt quá giới hạn',
  responseTooLarge: 'Kích thước phản hồi đã vượt quá giới hạn',
  general: 'Đã xảy ra lỗi nội bộ khi xử lý yêu cầu.',
  tooManyCells: 'Vùng quá lớn: không thể đọc quá 5.000.000 ô trong một lần.',
  mixedValidation: 'Vùng đã chọn có nhiều kiểu xác thực dữ liệu khác nhau. Hãy xóa xác thực hiện có rồi thử lại.',
} as const;
