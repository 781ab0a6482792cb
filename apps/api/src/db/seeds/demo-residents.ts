import { idNumberCheckChar, isChongmingAreaCode, type KeyGroup } from '@jobcircle/domain';
import { insertKeyGroups, insertResidents, insertStatusHistory } from '../../modules/residents/residents.repository.ts';
import { keyGroupRows, protectedColumns } from '../../modules/residents/residents.service.ts';
import type { EmploymentStatusHistoryTable, NewResidentRow } from '../../modules/residents/residents.table.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { newId } from '../../platform/ids.ts';
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
  const at = now.toISOString();
  const today = at.slice(0, 10);
  const rows: NewResidentRow[] = [];
  const history: EmploymentStatusHistoryTable[] = [];
  const groups = [];
  for (let i = 0; i < 20; i++) {
    const birth = `19${String(62 + ((i * 7) % 38)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + ((i * 3) % 28)).padStart(2, '0')}`;
    const first17 = `310230${birth}${String(100 + i * 2 + (i % 2)).padStart(3, '0')}`;
    const idNumber = `${first17}${idNumberCheckChar(first17)}`;
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 3) % GIVEN.length]}（演示）`;
    const id = newId();
    const status = STATUSES[i % STATUSES.length] ?? 'unknown';
    rows.push({
      id,
      district_code: '310151',
      town_code: BAOZHEN,
      village_code: villageCodes[i % villageCodes.length] as string,
      grid_code: null,
      name,
      ...protectedColumns(cipher, idNumber, `1391600${String(1000 + i).slice(-4)}`),
      is_chongming_id: isChongmingAreaCode(idNumber.slice(0, 6)) ? 1 : 0,
      hukou_type: i % 3 ? 'local_agricultural' : 'local_non_agricultural',
      address: '堡镇（演示地址）',
      education: i % 2 ? 'junior_secondary' : 'senior_secondary',
      occupations: '[]',
      skills: JSON.stringify(i % 4 ? [] : ['电工']),
      certificates: '[]',
      has_disability: 0,
      health_note: null,
      household_id: null,
      household_relation: null,
      employment_status: status,
      job_intention: null,
      consent_channel: 'written',
      consent_date: today,
      merged_into_id: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    history.push({
      id: newId(),
      resident_id: id,
      status,
      previous_status: null,
      effective_date: today,
      reason: '演示数据',
      changed_by: null,
      changed_at: at,
    });
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
