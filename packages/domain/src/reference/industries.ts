import { z } from 'zod';

/**
 * PROVENANCE
 * GB/T 4754-2017《国民经济行业分类》(national standard): 20 门类 (A–T) / 97 大类 / 473 中类 /
 * 1,380 小类. Shipped here: all 门类 and all 大类, exactly as named in the standard (checked against
 * two independent public transcriptions). The 中类 and 小类 are not shipped.
 * The 2017 names differ from the 2011 edition's in places (05 农、林、牧、渔专业及辅助性活动,
 * 11 开采专业及辅助性活动, 25 石油、煤炭及其他燃料加工业, 58 多式联运和运输代理业, 79 土地管理业,
 * 96 基层群众自治组织及其他组织): use these, not the 2011 ones.
 */

export const INDUSTRY_SECTION_CODES = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
] as const;
export type IndustrySectionCode = (typeof INDUSTRY_SECTION_CODES)[number];
export const IndustrySectionCodeSchema = z.enum(INDUSTRY_SECTION_CODES, { error: '行业门类应为 A–T 中的一个字母' });

/** 门类 names. */
export const INDUSTRY_SECTION_LABELS: Record<IndustrySectionCode, string> = {
  A: '农、林、牧、渔业',
  B: '采矿业',
  C: '制造业',
  D: '电力、热力、燃气及水生产和供应业',
  E: '建筑业',
  F: '批发和零售业',
  G: '交通运输、仓储和邮政业',
  H: '住宿和餐饮业',
  I: '信息传输、软件和信息技术服务业',
  J: '金融业',
  K: '房地产业',
  L: '租赁和商务服务业',
  M: '科学研究和技术服务业',
  N: '水利、环境和公共设施管理业',
  O: '居民服务、修理和其他服务业',
  P: '教育',
  Q: '卫生和社会工作',
  R: '文化、体育和娱乐业',
  S: '公共管理、社会保障和社会组织',
  T: '国际组织',
};

/** The first and last 大类 of each 门类 (the divisions are numbered 01–97 without gaps). */
const SECTION_RANGES: Record<IndustrySectionCode, readonly [number, number]> = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 79],
  O: [80, 82],
  P: [83, 83],
  Q: [84, 85],
  R: [86, 90],
  S: [91, 96],
  T: [97, 97],
};

/** 大类 names, by two-digit code. */
export const INDUSTRY_DIVISION_LABELS = {
  '01': '农业',
  '02': '林业',
  '03': '畜牧业',
  '04': '渔业',
  '05': '农、林、牧、渔专业及辅助性活动',
  '06': '煤炭开采和洗选业',
  '07': '石油和天然气开采业',
  '08': '黑色金属矿采选业',
  '09': '有色金属矿采选业',
  '10': '非金属矿采选业',
  '11': '开采专业及辅助性活动',
  '12': '其他采矿业',
  '13': '农副食品加工业',
  '14': '食品制造业',
  '15': '酒、饮料和精制茶制造业',
  '16': '烟草制品业',
  '17': '纺织业',
  '18': '纺织服装、服饰业',
  '19': '皮革、毛皮、羽毛及其制品和制鞋业',
  '20': '木材加工和木、竹、藤、棕、草制品业',
  '21': '家具制造业',
  '22': '造纸和纸制品业',
  '23': '印刷和记录媒介复制业',
  '24': '文教、工美、体育和娱乐用品制造业',
  '25': '石油、煤炭及其他燃料加工业',
  '26': '化学原料和化学制品制造业',
  '27': '医药制造业',
  '28': '化学纤维制造业',
  '29': '橡胶和塑料制品业',
  '30': '非金属矿物制品业',
  '31': '黑色金属冶炼和压延加工业',
  '32': '有色金属冶炼和压延加工业',
  '33': '金属制品业',
  '34': '通用设备制造业',
  '35': '专用设备制造业',
  '36': '汽车制造业',
  '37': '铁路、船舶、航空航天和其他运输设备制造业',
  '38': '电气机械和器材制造业',
  '39': '计算机、通信和其他电子设备制造业',
  '40': '仪器仪表制造业',
  '41': '其他制造业',
  '42': '废弃资源综合利用业',
  '43': '金属制品、机械和设备修理业',
  '44': '电力、热力生产和供应业',
  '45': '燃气生产和供应业',
  '46': '水的生产和供应业',
  '47': '房屋建筑业',
  '48': '土木工程建筑业',
  '49': '建筑安装业',
  '50': '建筑装饰、装修和其他建筑业',
  '51': '批发业',
  '52': '零售业',
  '53': '铁路运输业',
  '54': '道路运输业',
  '55': '水上运输业',
  '56': '航空运输业',
  '57': '管道运输业',
  '58': '多式联运和运输代理业',
  '59': '装卸搬运和仓储业',
  '60': '邮政业',
  '61': '住宿业',
  '62': '餐饮业',
  '63': '电信、广播电视和卫星传输服务',
  '64': '互联网和相关服务',
  '65': '软件和信息技术服务业',
  '66': '货币金融服务',
  '67': '资本市场服务',
  '68': '保险业',
  '69': '其他金融业',
  '70': '房地产业',
  '71': '租赁业',
  '72': '商务服务业',
  '73': '研究和试验发展',
  '74': '专业技术服务业',
  '75': '科技推广和应用服务业',
  '76': '水利管理业',
  '77': '生态保护和环境治理业',
  '78': '公共设施管理业',
  '79': '土地管理业',
  '80': '居民服务业',
  '81': '机动车、电子产品和日用产品修理业',
  '82': '其他服务业',
  '83': '教育',
  '84': '卫生',
  '85': '社会工作',
  '86': '新闻和出版业',
  '87': '广播、电视、电影和录音制作业',
  '88': '文化艺术业',
  '89': '体育',
  '90': '娱乐业',
  '91': '中国共产党机关',
  '92': '国家机构',
  '93': '人民政协、民主党派',
  '94': '社会保障',
  '95': '群众团体、社会团体和其他成员组织',
  '96': '基层群众自治组织及其他组织',
  '97': '国际组织',
} as const satisfies Record<string, string>;

export type IndustryDivisionCode = keyof typeof INDUSTRY_DIVISION_LABELS;
export const INDUSTRY_DIVISION_CODES = Object.keys(INDUSTRY_DIVISION_LABELS).sort() as [IndustryDivisionCode, ...IndustryDivisionCode[]];
export const IndustryDivisionCodeSchema = z.enum(INDUSTRY_DIVISION_CODES, { error: '行业大类代码应为 01–97 的两位数字' });

export interface IndustryDivision {
  code: IndustryDivisionCode;
  name: string;
  section: IndustrySectionCode;
}

export interface IndustrySection {
  code: IndustrySectionCode;
  name: string;
  divisions: IndustryDivision[];
}

function isDivisionCode(code: string): code is IndustryDivisionCode {
  return Object.hasOwn(INDUSTRY_DIVISION_LABELS, code);
}

function isSectionCode(code: string): code is IndustrySectionCode {
  return (INDUSTRY_SECTION_CODES as readonly string[]).includes(code);
}

/** The 门类 a 大类 belongs to (undefined for anything but 01–97). */
export function industrySectionOf(divisionCode: string): IndustrySectionCode | undefined {
  if (!isDivisionCode(divisionCode)) return undefined;
  const n = Number(divisionCode);
  return INDUSTRY_SECTION_CODES.find((s) => n >= SECTION_RANGES[s][0] && n <= SECTION_RANGES[s][1]);
}

export function industryDivision(code: string): IndustryDivision | undefined {
  if (!isDivisionCode(code)) return undefined;
  const section = industrySectionOf(code);
  return section === undefined ? undefined : { code, name: INDUSTRY_DIVISION_LABELS[code], section };
}

/** All 大类 in code order, each with its 门类. */
export const INDUSTRY_DIVISIONS: readonly IndustryDivision[] = INDUSTRY_DIVISION_CODES.flatMap((code) => {
  const division = industryDivision(code);
  return division === undefined ? [] : [division];
});

/** The 门类 with their 大类: the tree a picker shows. */
export const INDUSTRY_SECTIONS: readonly IndustrySection[] = INDUSTRY_SECTION_CODES.map((code) => ({
  code,
  name: INDUSTRY_SECTION_LABELS[code],
  divisions: INDUSTRY_DIVISIONS.filter((d) => d.section === code),
}));

export function industrySection(code: string): IndustrySection | undefined {
  return isSectionCode(code) ? INDUSTRY_SECTIONS.find((s) => s.code === code) : undefined;
}

/**
 * The 大类 of a longer GB/T 4754 code: the 中类 (3 digits) and 小类 (4 digits) begin with their
 * 大类, and codes are often written with the 门类 letter in front (C1310, C13).
 */
export function industryDivisionOfCode(code: string): IndustryDivisionCode | undefined {
  const m = /^([A-T])?(\d{2})\d{0,2}$/.exec(code.trim().toUpperCase());
  const section = m?.[1];
  const division = m?.[2];
  if (division === undefined || !isDivisionCode(division)) return undefined;
  if (section !== undefined && section !== industrySectionOf(division)) return undefined;
  return division;
}
