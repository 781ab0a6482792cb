import {
  IMPORT_VALUE_SYNONYMS,
  idNumberCheckChar,
  type RegionNode,
  type RegionScope,
  SYNONYM_FIELD_VALUES,
  SYNONYM_FIELDS,
} from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import {
  columnsOf,
  guessMapping,
  type ImportRecord,
  importChanges,
  refusalOfExisting,
  validateRow,
  validateRows,
  valueLookup,
  villageIndex,
} from './import.rules.ts';
import type { ResidentRow } from './residents.table.ts';

const TODAY = '2026-11-26';
const idNumber = (order: string, birth = '19800517') => {
  const first17 = `310230${birth}${order}`;
  return `${first17}${idNumberCheckChar(first17)}`;
};

function node(code: string, name: string, level: RegionNode['level'], children: RegionNode[] = []): RegionNode {
  return { code, name, level, villageKind: null, isStatistical: false, children };
}
const TREE = node('310151', '崇明区', 'district', [
  node('310151101', '城桥镇', 'town', [
    node('310151101001', '新河村村民委员会', 'village'),
    node('310151101002', '东门居民委员会', 'village'),
  ]),
  node('310151102', '堡镇', 'town', [
    node('310151102001', '新河村村民委员会', 'village'),
    node('310151102002', '永乐村村民委员会', 'village'),
  ]),
]);
const VILLAGES = villageIndex(TREE);

const VALID = { name: '施建华', idNumber: idNumber('011'), address: '城桥镇某路 1 号', villageCode: '310151101001' };

describe('guessMapping', () => {
  it('maps known headings and their aliases, each field once, and leaves the rest unmapped', () => {
    expect(guessMapping(['姓名', ' 公民身份号码 ', '村居', '备注', '名字'])).toEqual({
      姓名: 'name',
      ' 公民身份号码 ': 'idNumber',
      村居: 'villageName',
      备注: null,
      名字: null,
    });
  });
});

describe('columnsOf', () => {
  it('reports each required field and the village as column_missing on row 1', () => {
    const { errors } = columnsOf(['姓名'], { 姓名: 'name' });
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [1, 'idNumber', 'column_missing'],
      [1, 'address', 'column_missing'],
      [1, 'villageName', 'column_missing'],
    ]);
  });

  it('reads each mapped field from its column', () => {
    const { columns, errors } = columnsOf(['住', '名', '证', '村'], { 名: 'name', 证: 'idNumber', 住: 'address', 村: 'villageName' });
    expect(errors).toEqual([]);
    expect(Object.fromEntries(columns)).toEqual({ name: 1, idNumber: 2, address: 0, villageName: 3 });
  });
});

describe('villageIndex', () => {
  it('finds a village by code, by its full name and by its short name', () => {
    expect(VILLAGES.byCode.get('310151101002')).toEqual({ code: '310151101002', townCode: '310151101' });
    expect(VILLAGES.byName.get('东门居民委员会')).toHaveLength(1);
    expect(VILLAGES.byName.get('东门')).toHaveLength(1);
    expect(VILLAGES.byName.get('永乐村')?.map((v) => v.code)).toEqual(['310151102002']);
  });

  it('keeps two villages of one name in different towns apart', () => {
    expect(VILLAGES.byName.get('新河村')?.map((v) => v.townCode)).toEqual(['310151101', '310151102']);
  });
});

describe('validateRow', () => {
  it('normalises a valid row and leaves blank enumerations unknown (待核实)', () => {
    const { record, errors } = validateRow(2, { ...VALID, keyGroups: '就困、退役军人' }, VILLAGES, TODAY);
    expect(errors).toEqual([]);
    expect(record).toMatchObject({
      row: 2,
      townCode: '310151101',
      villageCode: '310151101001',
      hukouType: 'unknown',
      education: 'unknown',
      employmentStatus: 'unknown',
    });
    expect(record?.keyGroups).toContain('hardship');
  });

  it('reads the synonyms staff write', () => {
    const { record } = validateRow(2, { ...VALID, hukouType: '农业', education: '中专', employmentStatus: '失业' }, VILLAGES, TODAY);
    expect(record).toMatchObject({ hukouType: 'local_agricultural', employmentStatus: 'unemployed' });
  });

  it.each([
    ['a missing name', { name: '' }, 'name', 'required'],
    ['a name over 30 characters', { name: '施'.repeat(31) }, 'name', 'too_long'],
    ['a missing ID number', { idNumber: '' }, 'idNumber', 'required'],
    [
      'a wrong check character',
      { idNumber: `${VALID.idNumber.slice(0, 17)}${VALID.idNumber[17] === '0' ? '1' : '0'}` },
      'idNumber',
      'id_number_invalid',
    ],
    ['an unallocated mobile prefix', { mobile: '14012345678' }, 'mobile', 'mobile_invalid'],
    ['a missing address', { address: '' }, 'address', 'required'],
    ['an unknown village code', { villageCode: '310151199001' }, 'villageCode', 'village_unknown'],
    ['a village name found twice', { villageCode: undefined, villageName: '新河村' }, 'villageName', 'village_ambiguous'],
    ['no village at all', { villageCode: undefined }, 'villageName', 'required'],
    ['an unknown education', { education: '博士后' }, 'education', 'value_unknown'],
    ['an unknown key group', { keyGroups: '外星人' }, 'keyGroups', 'value_unknown'],
  ])('refuses %s with its field and code', (_case, change, field, code) => {
    const { record, errors } = validateRow(7, { ...VALID, ...change }, VILLAGES, TODAY);
    expect(record).toBeUndefined();
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([[7, field, code]]);
  });

  it('treats a village outside the importer’s area as unknown, never as found', () => {
    const town = villageIndex({ ...TREE, children: TREE.children.slice(0, 1) });
    const { errors } = validateRow(3, { ...VALID, villageCode: '310151102002' }, town, TODAY);
    expect(errors.map((e) => e.code)).toEqual(['village_unknown']);
    expect(validateRow(3, { ...VALID, villageCode: undefined, villageName: '新河村' }, town, TODAY).record?.villageCode).toBe(
      '310151101001',
    );
  });
});

describe('validateRows', () => {
  it('refuses the second row of one ID number as duplicate_in_file and keeps the first', () => {
    const columns = new Map([
      ['name', 0],
      ['idNumber', 1],
      ['address', 2],
      ['villageCode', 3],
    ] as const);
    const cells = [VALID.name, VALID.idNumber, VALID.address, VALID.villageCode];
    const { records, errors } = validateRows(
      [
        { row: 2, cells },
        { row: 3, cells: ['', '', '', ''] },
        { row: 4, cells },
      ],
      columns,
      VILLAGES,
      TODAY,
    );
    expect(records.map((r) => r.row)).toEqual([2]);
    expect(errors.filter((e) => e.row === 4).map((e) => e.code)).toEqual(['duplicate_in_file']);
  });
});

describe('refusalOfExisting', () => {
  const existing = { district_code: '310151', town_code: '310151102', village_code: '310151102001', grid_code: null, merged_into_id: null };
  const town = (townCode: string): RegionScope => ({ level: 'town', districtCode: '310151', townCode });

  it('refuses a resident registered in another town as registered_elsewhere', () => {
    expect(refusalOfExisting(town('310151101'), { row: 5 }, existing)).toMatchObject({
      row: 5,
      field: 'idNumber',
      code: 'registered_elsewhere',
    });
  });

  it('refuses one in another village of the same town to a village worker', () => {
    const village: RegionScope = { level: 'village', districtCode: '310151', townCode: '310151102', villageCode: '310151102002' };
    expect(refusalOfExisting(village, { row: 5 }, existing)?.code).toBe('registered_elsewhere');
  });

  it('lets the importer’s own town through, but not a merged record', () => {
    expect(refusalOfExisting(town('310151102'), { row: 5 }, existing)).toBeNull();
    expect(refusalOfExisting(town('310151102'), { row: 5 }, { ...existing, merged_into_id: 'x' })?.code).toBe('resident_merged');
    expect(refusalOfExisting({ level: 'district', districtCode: '310151' }, { row: 5 }, existing)).toBeNull();
  });
});

describe('importChanges', () => {
  const record: ImportRecord = {
    row: 2,
    name: '施建华',
    idNumber: VALID.idNumber,
    mobile: null,
    hukouType: 'unknown',
    address: '城桥镇某路 1 号',
    townCode: '310151101',
    villageCode: '310151101001',
    education: 'unknown',
    employmentStatus: 'unknown',
    keyGroups: [],
    skills: [],
  };
  const existing = {
    name: '施建华',
    mobile_blind: 'blind-a',
    hukou_type: 'local_agricultural',
    address: '城桥镇某路 1 号',
    village_code: '310151101001',
    education: 'senior_secondary',
    employment_status: 'unemployed',
    skills: '["电工"]',
  } as ResidentRow;

  it('finds nothing to change when blank cells meet filled fields', () => {
    expect(importChanges(existing, record, ['hardship'], null)).toEqual([]);
  });

  it('names each field that differs', () => {
    expect(
      importChanges(
        existing,
        { ...record, name: '施建国', mobile: '13916000000', employmentStatus: 'employed', keyGroups: ['veteran'], skills: ['焊工'] },
        [],
        'blind-b',
      ),
    ).toEqual(['name', 'mobile', 'employmentStatus', 'skills', 'keyGroups']);
  });
});

describe('value synonyms (issue 15 §5)', () => {
  it('maps the everyday words to the contract values, and notes each mapping used', () => {
    const { record, read } = validateRow(
      2,
      { ...VALID, hukouType: '农村户口', education: '本科及以上', employmentStatus: '未就业', keyGroups: '低保' },
      VILLAGES,
      TODAY,
    );
    expect(record).toMatchObject({
      hukouType: 'local_agricultural',
      education: 'bachelor',
      employmentStatus: 'unemployed',
      keyGroups: ['low_income'],
    });
    expect(read).toEqual([
      { field: 'hukouType', text: '农村户口', value: 'local_agricultural', source: 'built_in' },
      { field: 'education', text: '本科及以上', value: 'bachelor', source: 'built_in' },
      { field: 'employmentStatus', text: '未就业', value: 'unemployed', source: 'built_in' },
      { field: 'keyGroups', text: '低保', value: 'low_income', source: 'built_in' },
    ]);
    for (const word of ['待业', '无业', '失业'])
      expect(validateRow(2, { ...VALID, employmentStatus: word }, VILLAGES, TODAY).record?.employmentStatus).toBe('unemployed');
    expect(validateRow(2, { ...VALID, education: '大专' }, VILLAGES, TODAY).record?.education).toBe('junior_college');
  });

  it('maps every built-in word to a value of its own field', () => {
    for (const field of SYNONYM_FIELDS) {
      const entries = Object.entries(IMPORT_VALUE_SYNONYMS[field] as Record<string, string>);
      expect(entries.length).toBeGreaterThan(0);
      for (const [, value] of entries) expect(Object.keys(SYNONYM_FIELD_VALUES[field])).toContain(value);
    }
  });

  it('puts the district’s words over the built-in ones, and a label over both', () => {
    const lookup = valueLookup([
      { field: 'employmentStatus', text: '失业', value: 'flexible' },
      { field: 'employmentStatus', text: '单位就业', value: 'retired' },
      { field: 'employmentStatus', text: '赋闲', value: 'unemployed' },
    ]);
    const status = (text: string) => validateRow(2, { ...VALID, employmentStatus: text }, VILLAGES, TODAY, lookup);
    expect(status('失业').record?.employmentStatus).toBe('flexible');
    expect(status('单位就业').record?.employmentStatus).toBe('employed');
    expect(status('赋闲').read).toEqual([{ field: 'employmentStatus', text: '赋闲', value: 'unemployed', source: 'custom' }]);
    expect(status('赋闲').record?.employmentStatus).toBe('unemployed');
    expect(status('说不清').errors.map((e) => [e.field, e.code])).toEqual([['employmentStatus', 'value_unknown']]);
  });

  it('counts the rows each mapping was used on', () => {
    const rows = [2, 3, 4].map((row, i) => ({
      row,
      cells: [VALID.name, idNumber(`0${20 + i}`), VALID.address, VALID.villageCode, i < 2 ? '待业' : '在职'],
    }));
    const columns = new Map([
      ['name', 0],
      ['idNumber', 1],
      ['address', 2],
      ['villageCode', 3],
      ['employmentStatus', 4],
    ] as const);
    const { reads } = validateRows(rows, columns, VILLAGES, TODAY);
    expect(reads).toEqual([
      { field: 'employmentStatus', text: '待业', value: 'unemployed', source: 'built_in', rows: 2 },
      { field: 'employmentStatus', text: '在职', value: 'employed', source: 'built_in', rows: 1 },
    ]);
  });
});
