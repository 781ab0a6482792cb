import { z } from 'zod';

/**
 * PROVENANCE
 * 《中华人民共和国职业分类大典（2022年版）》, published by 人力资源社会保障部 (public). Structure:
 * 8 大类 / 79 中类 / 449 小类 / 1,639 细类 (职业), codes like 4-14-06-02.
 *
 * Shipped here: all 8 大类 and all 79 中类, plus the 小类 and 细类 that the jobs and jobseekers
 * of a rural and island district use (farming, aquaculture, forestry, homestays and tourism, care,
 * housekeeping, catering, logistics, construction, Changxing Island's shipbuilding, wind and solar
 * power, public-welfare jobs such as cleaning, security and greening).
 * Codes and names were checked one by one against a machine-readable copy of the 2022 edition's
 * public-comment draft (社会公示稿, CC BY 4.0, GitHub kangvcar/JobE, ontology/data/occupations.jsonl
 * and ontology/catalog/occupation_extract.json); the draft has 1,636 细类, the published edition
 * 1,639. Where the draft looked damaged or unsure (a missing number, a 00 where 01 is expected),
 * only the 小类 is shipped. Parentheses are written full-width as in the printed edition.
 * Known gap: 育婴员 is 4-10-01-02 in the 2019 national skill standard but absent from the draft
 * copy, so it is not shipped as a 细类; 育婴 jobs can use the 小类 4-10-01 until confirmed.
 *
 * The full list is not shipped. `OCCUPATIONS` is the one place to add entries (any level, in any
 * order): lookups, hierarchy and the schema follow it.
 */

export const OCCUPATION_LEVELS = ['major', 'middle', 'minor', 'detail'] as const;
export type OccupationLevel = (typeof OCCUPATION_LEVELS)[number];
export const OCCUPATION_LEVEL_LABELS: Record<OccupationLevel, string> = {
  major: '大类',
  middle: '中类',
  minor: '小类',
  detail: '细类（职业）',
};

export interface Occupation {
  code: string;
  name: string;
  level: OccupationLevel;
}

const MAJOR_RE = /^[1-8]$/;
const MIDDLE_RE = /^[1-8]-\d{2}$/;
const MINOR_RE = /^[1-8]-\d{2}-\d{2}$/;
const DETAIL_RE = /^[1-8]-\d{2}-\d{2}-\d{2}$/;
export const OCCUPATION_CODE_RE = /^[1-8](-\d{2}){0,3}$/;

/** The level a code's shape denotes: 4 → major, 4-14 → middle, 4-14-06 → minor, 4-14-06-02 → detail. */
export function occupationLevelOf(code: string): OccupationLevel | undefined {
  if (DETAIL_RE.test(code)) return 'detail';
  if (MINOR_RE.test(code)) return 'minor';
  if (MIDDLE_RE.test(code)) return 'middle';
  if (MAJOR_RE.test(code)) return 'major';
  return undefined;
}

// [code, name]; the level follows from the code's shape.
const ENTRIES: ReadonlyArray<readonly [string, string]> = [
  // ── 大类 ──
  ['1', '党的机关、国家机关、群众团体和社会组织、企事业单位负责人'],
  ['2', '专业技术人员'],
  ['3', '办事人员和有关人员'],
  ['4', '社会生产服务和生活服务人员'],
  ['5', '农、林、牧、渔业生产及辅助人员'],
  ['6', '生产制造及有关人员'],
  ['7', '军队人员'],
  ['8', '不便分类的其他从业人员'],

  // ── 中类 (all 79) ──
  ['1-01', '中国共产党机关负责人'],
  ['1-02', '国家机关负责人'],
  ['1-03', '民主党派和工商联负责人'],
  ['1-04', '人民团体和群众团体、社会组织及其他成员组织负责人'],
  ['1-05', '基层群众自治组织负责人'],
  ['1-06', '企事业单位负责人'],
  ['2-01', '科学研究人员'],
  ['2-02', '工程技术人员'],
  ['2-03', '农业技术人员'],
  ['2-04', '飞机和船舶技术人员'],
  ['2-05', '卫生专业技术人员'],
  ['2-06', '经济和金融专业人员'],
  ['2-07', '监察、法律、社会和宗教专业人员'],
  ['2-08', '教学人员'],
  ['2-09', '文学艺术、体育专业人员'],
  ['2-10', '新闻出版、文化专业人员'],
  ['2-99', '其他专业技术人员'],
  ['3-01', '行政办事及辅助人员'],
  ['3-02', '安全和消防及辅助人员'],
  ['3-03', '法律事务及辅助人员'],
  ['3-99', '其他办事人员和有关人员'],
  ['4-01', '批发与零售服务人员'],
  ['4-02', '交通运输、仓储物流和邮政业服务人员'],
  ['4-03', '住宿和餐饮服务人员'],
  ['4-04', '信息传输、软件和信息技术服务人员'],
  ['4-05', '金融服务人员'],
  ['4-06', '房地产服务人员'],
  ['4-07', '租赁和商务服务人员'],
  ['4-08', '技术辅助服务人员'],
  ['4-09', '水利、环境和公共设施管理服务人员'],
  ['4-10', '居民服务人员'],
  ['4-11', '电力、燃气及水供应服务人员'],
  ['4-12', '修理及制作服务人员'],
  ['4-13', '文化和教育服务人员'],
  ['4-14', '健康、体育和休闲服务人员'],
  ['4-99', '其他社会生产服务和生活服务人员'],
  ['5-01', '农业生产人员'],
  ['5-02', '林业生产人员'],
  ['5-03', '畜牧业生产人员'],
  ['5-04', '渔业生产人员'],
  ['5-05', '农、林、牧、渔业生产辅助人员'],
  ['5-99', '其他农、林、牧、渔业生产及辅助人员'],
  ['6-01', '农副产品加工人员'],
  ['6-02', '食品、饮料生产加工人员'],
  ['6-03', '烟草及其制品加工人员'],
  ['6-04', '纺织、针织、印染人员'],
  ['6-05', '纺织品、服装和皮革、毛皮制品加工制作人员'],
  ['6-06', '木材加工、家具与木制品制作人员'],
  ['6-07', '纸及纸制品生产加工人员'],
  ['6-08', '印刷和记录媒介复制人员'],
  ['6-09', '文教、工美、体育和娱乐用品制造人员'],
  ['6-10', '石油加工和炼焦、煤化工生产人员'],
  ['6-11', '化学原料和化学制品制造人员'],
  ['6-12', '医药制造人员'],
  ['6-13', '化学纤维制造人员'],
  ['6-14', '橡胶和塑料制品制造人员'],
  ['6-15', '非金属矿物制品制造人员'],
  ['6-16', '采矿人员'],
  ['6-17', '金属冶炼和压延加工人员'],
  ['6-18', '机械制造基础加工人员'],
  ['6-19', '金属制品制造人员'],
  ['6-20', '通用设备制造人员'],
  ['6-21', '专用设备制造人员'],
  ['6-22', '汽车制造人员'],
  ['6-23', '铁路、船舶、航空设备制造人员'],
  ['6-24', '电气机械和器材制造人员'],
  ['6-25', '计算机、通信和其他电子设备制造人员'],
  ['6-26', '仪器仪表制造人员'],
  ['6-27', '再生资源综合利用人员'],
  ['6-28', '电力、热力、气体、水生产和输配人员'],
  ['6-29', '建筑施工人员'],
  ['6-30', '运输设备和通用工程机械操作人员及有关人员'],
  ['6-31', '生产辅助人员'],
  ['6-99', '其他生产制造及有关人员'],
  ['7-01', '军官（警官）'],
  ['7-02', '军士（警士）'],
  ['7-03', '义务兵'],
  ['7-04', '文职人员'],
  ['8-00', '不便分类的其他从业人员'],

  // ── 3 办事人员: village and community work ──
  ['3-01-04', '社区和村镇工作人员'],
  ['3-01-04-01', '村和社区工作者'],
  ['3-01-04-02', '城市管理网格员'],
  ['3-01-04-03', '劳动保障协理员'],

  // ── 4 社会生产服务和生活服务人员 ──
  ['4-01-02', '销售人员'],
  ['4-01-02-01', '营销员'],
  ['4-01-02-03', '商品营业员'],
  ['4-01-02-04', '收银员'],
  ['4-01-02-05', '摊商'],
  ['4-01-03', '贸易经纪代理人员'],
  ['4-01-03-01', '农产品经纪人'],
  ['4-01-05', '特殊商品购销人员'],
  ['4-01-05-01', '农产品购销员'],
  ['4-01-06', '电子商务服务人员'],
  ['4-01-06-01', '电子商务师'],
  ['4-01-06-02', '互联网营销师'],
  ['4-02-02', '道路运输服务人员'],
  ['4-02-02-01', '客运车辆驾驶员'],
  ['4-02-02-02', '道路货运汽车驾驶员'],
  ['4-02-03', '水上运输服务人员'],
  ['4-02-03-01', '客运船舶驾驶员'],
  ['4-02-03-03', '港口客运员'],
  ['4-02-05', '装卸搬运和运输代理服务人员'],
  ['4-02-05-01', '装卸搬运工'],
  ['4-02-06', '仓储物流服务人员'],
  ['4-02-06-01', '仓储管理员'],
  ['4-02-06-02', '理货员'],
  ['4-02-06-04', '冷藏工'],
  ['4-02-07', '邮政和快递服务人员'],
  ['4-02-07-04', '邮政投递员'],
  ['4-02-07-08', '快递员'],
  ['4-02-07-09', '快件处理员'],
  ['4-03-01', '住宿服务人员'],
  ['4-03-01-01', '前厅服务员'],
  ['4-03-01-02', '客房服务员'],
  ['4-03-02', '餐饮服务人员'],
  ['4-03-02-01', '中式烹调师'],
  ['4-03-02-02', '中式面点师'],
  ['4-03-02-05', '餐厅服务员'],
  ['4-03-02-06', '营养配餐员'],
  ['4-03-02-07', '茶艺师'],
  ['4-03-02-08', '咖啡师'],
  ['4-06-01', '物业管理服务人员'],
  ['4-06-01-01', '物业管理师'],
  ['4-06-01-03', '停车管理员'],
  ['4-07-03', '人力资源服务人员'],
  ['4-07-03-01', '职业指导师'],
  ['4-07-03-03', '创业指导师'],
  ['4-07-03-04', '企业人力资源管理师'],
  ['4-07-04', '旅游及公共游览场所服务人员'],
  ['4-07-04-01', '导游'],
  ['4-07-04-05', '公共游览场所服务员'],
  ['4-07-04-06', '休闲农业服务员'],
  ['4-07-05', '安全保护服务人员'],
  ['4-07-05-01', '保安员'],
  ['4-07-05-03', '消防设施操作员'],
  ['4-08-05', '检验、检测和计量服务人员'],
  ['4-08-05-01', '农产品食品检验员'],
  ['4-09-01', '水利设施管理养护人员'],
  ['4-09-01-01', '河道修防工'],
  ['4-09-08', '环境卫生服务人员'],
  ['4-09-08-01', '保洁员'],
  ['4-09-08-02', '生活垃圾清运工'],
  ['4-09-10', '绿化与园艺服务人员'],
  ['4-09-10-01', '园林绿化工'],
  ['4-10-01', '生活照料服务人员'],
  ['4-10-01-01', '婴幼儿发展引导员'],
  ['4-10-01-03', '保育师'],
  ['4-10-01-05', '养老护理员'],
  ['4-10-01-06', '家政服务员'],
  ['4-10-03', '美容美发和浴池服务人员'],
  ['4-10-03-01', '美容师'],
  ['4-10-03-02', '美发师'],
  ['4-10-04', '保健服务人员'],
  ['4-10-04-02', '保健按摩师'],
  ['4-10-08', '社区生活服务人员'],
  ['4-10-08-01', '网约配送员'],
  ['4-12-01', '汽车摩托车修理技术服务人员'],
  ['4-12-01-01', '汽车维修工'],
  ['4-12-03', '家用电子电器产品维修人员'],
  ['4-12-03-01', '家用电器产品维修工'],
  ['4-12-04', '日用产品修理服务人员'],
  ['4-12-04-01', '自行车与电动自行车维修工'],
  ['4-14-01', '医疗辅助服务人员'],
  ['4-14-01-02', '医疗护理员'],
  ['4-14-01-03', '健康照护师'],
  ['4-14-06', '康养、休闲服务人员'],
  ['4-14-06-01', '森林园林康养师'],
  ['4-14-06-02', '民宿管家'],

  // ── 5 农、林、牧、渔业生产及辅助人员 ──
  ['5-01-02', '农作物生产人员'],
  ['5-01-02-01', '农艺工'],
  ['5-01-02-02', '园艺工'],
  ['5-01-02-03', '食用菌生产工'],
  ['5-02-02', '营造林人员'],
  ['5-02-02-00', '造林更新工'],
  ['5-02-03', '森林经营和管护人员'],
  ['5-02-03-01', '护林员'],
  ['5-02-03-02', '森林抚育工'],
  ['5-03-02', '畜禽饲养人员'],
  ['5-03-02-01', '家畜饲养员'],
  ['5-03-02-02', '家禽饲养员'],
  ['5-04-01', '水产苗种繁育人员'],
  ['5-04-01-01', '水生动物苗种繁育工'],
  ['5-04-02', '水产养殖人员'],
  ['5-04-02-01', '水生动物饲养工'],
  ['5-04-02-02', '水生植物栽培工'],
  ['5-04-03', '水产捕捞及有关人员'],
  ['5-04-03-01', '水产捕捞工'],
  ['5-04-03-02', '渔业船员'],
  ['5-05-01', '农业生产服务人员'],
  ['5-05-01-01', '农业技术员'],
  ['5-05-01-02', '农业经理人'],
  ['5-05-01-03', '农业数字化技术员'],
  ['5-05-02', '动植物疫病防治人员'],
  ['5-05-02-01', '农作物植保员'],
  ['5-05-02-03', '动物疫病防治员'],
  ['5-05-05', '农机化服务人员'],
  ['5-05-05-01', '农机驾驶操作员'],
  ['5-05-05-02', '农机修理工'],
  ['5-05-06', '农副林特产品初加工人员'],
  ['5-05-06-01', '园艺产品加工工'],

  // ── 6 生产制造及有关人员 ──
  ['6-01-01', '粮油加工人员'],
  ['6-01-01-01', '制米工'],
  ['6-01-05', '水产品加工人员'],
  ['6-01-05-01', '水产品加工工'],
  ['6-02-01', '焙烤食品制造人员'],
  ['6-02-01-01', '糕点面包烘焙工'],
  ['6-02-06', '酒、饮料及精制茶制造人员'],
  ['6-05-01', '纺织品和服装剪裁缝纫人员'],
  ['6-18-02', '机械热加工人员'],
  ['6-18-02-04', '焊工'],
  ['6-23-02', '船舶制造人员'],
  ['6-23-02-01', '金属船体制造工'],
  ['6-23-02-02', '船舶机械装配工'],
  ['6-23-02-03', '船舶电气装配工'],
  ['6-28-01', '电力、热力生产和供应人员'],
  ['6-28-01-10', '光伏发电运维值班员'],
  ['6-28-01-12', '风力发电运维值班员'],
  ['6-29-01', '房屋建筑施工人员'],
  ['6-29-01-01', '砌筑工'],
  ['6-29-01-03', '混凝土工'],
  ['6-29-01-04', '钢筋工'],
  ['6-29-01-05', '架子工'],
  ['6-29-01-07', '乡村建设工匠'],
  ['6-29-02', '土木工程建筑施工人员'],
  ['6-29-02-04', '公路养护工'],
  ['6-29-03', '建筑安装施工人员'],
  ['6-29-03-02', '电气设备安装工'],
  ['6-29-04', '建筑装饰人员'],
  ['6-29-04-01', '装饰装修工'],
  ['6-30-05', '通用工程机械操作人员'],
  ['6-30-05-01', '起重装卸机械操作工'],
  ['6-30-05-05', '挖掘铲运和桩工机械司机'],
  ['6-31-01', '机械设备修理人员'],
  ['6-31-01-02', '机修钳工'],
  ['6-31-01-03', '电工'],
  ['6-31-03', '检验试验人员'],
  ['6-31-03-05', '质检员'],
  ['6-31-05', '包装人员'],
  ['6-31-05-00', '包装工'],
  ['6-31-06', '安全生产管理人员'],
];

/** The shipped occupations, in code order (大类 before its 中类 before its 小类 …). */
export const OCCUPATIONS: readonly Occupation[] = ENTRIES.map(([code, name]) => {
  const level = occupationLevelOf(code);
  if (level === undefined) throw new Error(`malformed occupation code ${code}`);
  return { code, name, level };
}).sort((a, b) => compareOccupationCodes(a.code, b.code));

function compareOccupationCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const BY_CODE: ReadonlyMap<string, Occupation> = new Map(OCCUPATIONS.map((o) => [o.code, o]));

export function occupation(code: string): Occupation | undefined {
  return BY_CODE.get(code);
}

export function isKnownOccupationCode(code: string): boolean {
  return BY_CODE.has(code);
}

/**
 * The codes above a code, nearest first: 4-14-06-02 → [4-14-06, 4-14, 4]. Derived from the code's
 * shape, so it works for codes not shipped here too; empty for a 大类 or a malformed code.
 */
export function parentCodes(code: string): string[] {
  if (!OCCUPATION_CODE_RE.test(code)) return [];
  const parts = code.split('-');
  const parents: string[] = [];
  for (let n = parts.length - 1; n >= 1; n--) parents.push(parts.slice(0, n).join('-'));
  return parents;
}

/**
 * The deepest level two codes share, for hierarchical partial credit when matching a job to a
 * jobseeker (same 细类 > same 小类 > same 中类 > same 大类); undefined when even the 大类 differs.
 * Codes of different depths share at most the shallower one's level: 4-14-06 and 4-14-06-02 share
 * the 小类.
 */
export function sharedOccupationLevel(a: string, b: string): OccupationLevel | undefined {
  if (!OCCUPATION_CODE_RE.test(a) || !OCCUPATION_CODE_RE.test(b)) return undefined;
  const pa = a.split('-');
  const pb = b.split('-');
  let depth = 0;
  while (depth < pa.length && depth < pb.length && pa[depth] === pb[depth]) depth++;
  return depth === 0 ? undefined : OCCUPATION_LEVELS[depth - 1];
}

/** The children of a code that are shipped, in code order (the 中类 of a 大类, …). */
export function childOccupations(code: string): Occupation[] {
  return OCCUPATIONS.filter((o) => parentCodes(o.code)[0] === code);
}

/** Any well-formed occupation code (the full edition may hold codes not shipped here). */
export const OccupationCodeSchema = z.string().regex(OCCUPATION_CODE_RE, { error: '职业代码格式应为 4-14-06-02 这样的形式' });

/** An occupation code from the shipped list (pickers and forms). */
export const KnownOccupationCodeSchema = z.string().refine(isKnownOccupationCode, { error: '不在职业分类目录中的职业代码' });
