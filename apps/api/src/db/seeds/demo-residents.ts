import { idNumberCheckChar, type KeyGroup } from '@jobcircle/domain';
import { insertKeyGroups, insertResidents, insertStatusHistory } from '../../modules/residents/residents.repository.ts';
import { keyGroupRows, newResidentRow, statusHistoryRow } from '../../modules/residents/residents.rows.ts';
import type { EmploymentStatusHistoryTable, NewResidentRow } from '../../modules/residents/residents.table.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { Database } from '../database-schema.ts';
import type { Executor } from '../scope.ts';

const BAOZHEN = '310151102';
const SURNAMES = ['施', '沈', '顾', '陆', '黄', '倪', '龚', '张', '王', '陈'];
const GIVEN = ['建华', '秀英', '卫东', '桂芳', '志强', '美玲', '国平', '晓燕', '海军', '丽萍'];
const STATUSES = ['unemployed', 'flexible', 'employed', 'unemployed', 'unknown'] as const;
const GROUPS: KeyGroup[][] = [['hardship'], ['rural_labour'], [], ['graduate'], ['registered_unemployed'], []];

/**
 * Twenty demo residents in two villages of 堡镇, each named “（演示）” so that nobody takes them for
 * real people; their ID numbers are valid in form only.
 */
export async function seedDemoResidents(
  db: Executor<Database>,
  cipher: FieldCipher,
  villageCodes: readonly string[],
  now: Date,
): Promise<void> {
  if (villageCodes.length === 0) return;
  const today = now.toISOString().slice(0, 10);
  const rows: NewResidentRow[] = [];
  const history: EmploymentStatusHistoryTable[] = [];
  const groups = [];
  for (let i = 0; i < 20; i++) {
    const birth = `19${String(62 + ((i * 7) % 38)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + ((i * 3) % 28)).padStart(2, '0')}`;
    const first17 = `310230${birth}${String(100 + i * 2 + (i % 2)).padStart(3, '0')}`;
    const idNumber = `${first17}${idNumberCheckChar(first17)}`;
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 3) % GIVEN.length]}（演示）`;
    const status = STATUSES[i % STATUSES.length] ?? 'unknown';
    const row = newResidentRow(
      cipher,
      {
        placement: { districtCode: '310151', townCode: BAOZHEN, villageCode: villageCodes[i % villageCodes.length] as string },
        name,
        idNumber,
        mobile: `1391600${String(1000 + i).slice(-4)}`,
        hukouType: i % 3 ? 'local_agricultural' : 'local_non_agricultural',
        address: '堡镇（演示地址）',
        education: i % 2 ? 'junior_secondary' : 'senior_secondary',
        employmentStatus: status,
        skills: i % 4 ? [] : ['电工'],
        consentChannel: 'written',
        consentDate: today,
      },
      now,
    );
    const id = row.id;
    rows.push(row);
    history.push(
      statusHistoryRow({
        residentId: id,
        status,
        previousStatus: null,
        effectiveDate: today,
        reason: '演示数据',
        changedBy: null,
        at: now,
      }),
    );
    groups.push(
      ...keyGroupRows(
        id,
        (GROUPS[i % GROUPS.length] ?? []).map((group) => ({
          group,
          source: '演示数据',
          validFrom: today,
          hardshipCategory: group === 'hardship' ? 'older_age' : null,
        })),
      ),
    );
  }
  await insertResidents(db, rows);
  await insertStatusHistory(db, history);
  await insertKeyGroups(db, groups);
}
