// The fixed words of the monthly plan template, in Vietnamese and English.
import type { Lang } from '../types';

/** A document's date (day, month 1–12, year). */
export interface DocumentDate {
  day: number;
  month: number;
  year: number;
}

export interface PlanLabels {
  nation: string;
  motto: string;
  /** `Số: …/KH-CĐDK`: the number itself is given when the document is registered. */
  number: (abbreviation: string) => string;
  dateLine: (place: string, date: DocumentDate | null) => string;
  title: string;
  subject: (month: number, year: number) => string;
  columns: [string, string, string, string, string, string, string];
  recipientsLabel: string;
  /** The archive copy, added after the recipients when they name none. */
  archive: string;
}

/** The calendar day of a date, in its own time zone. */
export function documentDate(d: Date): DocumentDate {
  return { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() };
}

/** Nghị định 30/2020: a leading zero for days below 10 and for months 1 and 2. */
const day = (d: number) => String(d).padStart(2, '0');
const month = (m: number) => (m <= 2 ? String(m).padStart(2, '0') : String(m));

export const PLAN_LABELS: Record<Lang, PlanLabels> = {
  vi: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    number: (abbreviation) => `Số: …/KH-${abbreviation}`,
    dateLine: (place, d) =>
      d ? `${place}, ngày ${day(d.day)} tháng ${month(d.month)} năm ${d.year}` : `${place}, ngày … tháng … năm …`,
    title: 'KẾ HOẠCH',
    subject: (m, y) => `Công tác tháng ${m} năm ${y}`,
    columns: ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Phối hợp', 'Thời gian hoàn thành', 'Kết quả thực hiện', 'Ghi chú'],
    recipientsLabel: 'Nơi nhận:',
    archive: '- Lưu: VT.',
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence - Freedom - Happiness',
    number: (abbreviation) => `No.: …/KH-${abbreviation}`,
    dateLine: (place, d) => (d ? `${place}, ${day(d.day)}/${day(d.month)}/${d.year}` : `${place}, …/…/…`),
    title: 'PLAN',
    subject: (m, y) => `Work for ${m}/${y}`,
    columns: ['No.', 'Task', 'Lead unit', 'In cooperation with', 'Deadline', 'Result', 'Notes'],
    recipientsLabel: 'To:',
    archive: '- File: VT.',
  },
};
