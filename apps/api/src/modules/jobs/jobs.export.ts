import {
  EDUCATION_LEVEL_LABELS,
  formatPay,
  JOB_BENEFIT_LABELS,
  JOB_KIND_LABELS,
  JOB_STATE_LABELS,
  type Job,
  occupation,
  WORK_HOURS_LABELS,
} from '@jobcircle/domain';
import ExcelJS from 'exceljs';

/** A cell a spreadsheet would run as a formula (=, +, -, @ first) is written as text (CSV/xlsx injection). */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const COLUMNS: [header: string, width: number, value: (job: Job, town: string) => string | number][] = [
  ['岗位名称', 24, (job) => job.title],
  ['用人单位', 28, (job) => job.employerName],
  ['类型', 10, (job) => JOB_KIND_LABELS[job.kind]],
  ['职业', 20, (job) => occupation(job.occupationCode)?.name ?? job.occupationCode],
  ['职业代码', 12, (job) => job.occupationCode],
  ['乡镇', 10, (_job, town) => town],
  ['薪酬', 18, (job) => formatPay(job.payMinFen, job.payMaxFen, job.payUnit)],
  ['招聘人数', 8, (job) => job.headcount],
  ['已录用', 8, (job) => job.hiredCount],
  ['最低学历', 12, (job) => (job.educationMin ? EDUCATION_LEVEL_LABELS[job.educationMin] : '不限')],
  ['工时', 10, (job) => WORK_HOURS_LABELS[job.workHours]],
  ['工作时间', 18, (job) => [job.dailyHours, job.shifts, job.workDays].filter(Boolean).join(' ')],
  ['福利', 24, (job) => job.benefits.map((b) => JOB_BENEFIT_LABELS[b]).join('、')],
  ['工作地点', 30, (job) => job.address],
  ['截止日期', 12, (job) => job.validTo],
  ['状态', 8, (job) => JOB_STATE_LABELS[job.state]],
  ['募集站点', 20, (job) => job.siteName],
  ['单位联系人', 12, (job) => job.contactName],
  ['联系电话（脱敏）', 16, (job) => job.contactPhoneMasked],
];

/** The job list staff carry to a job fair: one row per job, phones masked. */
export async function jobsWorkbook(jobs: readonly Job[], townName: (code: string) => string, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '就业服务圈';
  const sheet = workbook.addWorksheet('岗位');
  sheet.addRow([title]).font = { bold: true };
  const header = sheet.addRow(COLUMNS.map(([name]) => name));
  header.font = { bold: true };
  COLUMNS.forEach(([, width], i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const job of jobs) {
    sheet.addRow(
      COLUMNS.map(([, , value]) => {
        const cell = value(job, townName(job.townCode));
        return typeof cell === 'string' ? neutralise(cell) : cell;
      }),
    );
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
