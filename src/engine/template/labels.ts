// The fixed words of the monthly plan template, in Vietnamese and English.
import type { Lang } from '../types';

export interface PlanLabels {
  nation: string;
  motto: string;
  dateLine: (place: string, month: number, year: number) => string;
  title: (month: number, year: number) => string;
  columns: [string, string, string, string, string, string, string];
  recipientsLabel: string;
  recipients: string[];
}

export const PLAN_LABELS: Record<Lang, PlanLabels> = {
  vi: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    dateLine: (place, month, year) => `${place}, ngày … tháng ${month} năm ${year}`,
    title: (month, year) => `KẾ HOẠCH CÔNG TÁC THÁNG ${month}/${year}`,
    columns: ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Phối hợp', 'Thời gian hoàn thành', 'Kết quả thực hiện', 'Ghi chú'],
    recipientsLabel: 'Nơi nhận:',
    recipients: ['- Các đơn vị trực thuộc;', '- Lưu: VT.'],
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence - Freedom - Happiness',
    dateLine: (place, month, year) => `${place}, … ${month}/${year}`,
    title: (month, year) => `WORK PLAN FOR ${month}/${year}`,
    columns: ['No.', 'Task', 'Lead unit', 'In cooperation with', 'Deadline', 'Result', 'Notes'],
    recipientsLabel: 'To:',
    recipients: ['- Member unions;', '- Archive.'],
  },
};
