import { DISTRICT_CODE, idNumberCheckChar, type KeyGroup, shanghaiDate } from '@jobcircle/domain';
import type { DemoResident } from '../modules/residents/index.ts';
import type { AnonymousContext } from '../platform/context.ts';

const BAOZHEN = '310151102';
const SURNAMES = ['施', '沈', '顾', '陆', '黄', '倪', '龚', '张', '王', '陈'];
const GIVEN = ['建华', '秀英', '卫东', '桂芳', '志强', '美玲', '国平', '晓燕', '海军', '丽萍'];
const STATUSES = ['unemployed', 'flexible', 'employed', 'unemployed', 'unknown'] as const;
const GROUPS: KeyGroup[][] = [['hardship'], ['rural_labour'], [], ['graduate'], ['registered_unemployed'], []];

/**
 * Twenty demo residents in two villages of 堡镇, each named “（演示）” so that nobody takes them for
 * real people; their ID numbers are valid in form only. Dated on the Shanghai day of `ctx.now`.
 */
export function demoResidents(villageCodes: readonly string[], ctx: AnonymousContext): DemoResident[] {
  if (villageCodes.length === 0) return [];
  const today = shanghaiDate(ctx.now);
  return Array.from({ length: 20 }, (_, i): DemoResident => {
    const birth = `19${String(62 + ((i * 7) % 38)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + ((i * 3) % 28)).padStart(2, '0')}`;
    const first17 = `310230${birth}${String(100 + i * 2 + (i % 2)).padStart(3, '0')}`;
    return {
      placement: { districtCode: DISTRICT_CODE, townCode: BAOZHEN, villageCode: villageCodes[i % villageCodes.length] as string },
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 3) % GIVEN.length]}（演示）`,
      idNumber: `${first17}${idNumberCheckChar(first17)}`,
      mobile: `1391600${String(1000 + i).slice(-4)}`,
      hukouType: i % 3 ? 'local_agricultural' : 'local_non_agricultural',
      address: '堡镇（演示地址）',
      education: i % 2 ? 'junior_secondary' : 'senior_secondary',
      employmentStatus: STATUSES[i % STATUSES.length] ?? 'unknown',
      skills: i % 4 ? [] : ['电工'],
      consentChannel: 'written',
      consentDate: today,
      keyGroups: (GROUPS[i % GROUPS.length] ?? []).map((group) => ({
        group,
        source: '演示数据',
        validFrom: today,
        hardshipCategory: group === 'hardship' ? 'older_age' : null,
      })),
    };
  });
}
