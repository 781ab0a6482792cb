/**
 * Area codes of ID numbers (GB/T 2260 县级以上行政区划代码). An ID number keeps the code of its
 * first issue, so withdrawn codes stay valid on the numbers that carry them.
 *
 * Provenance: GB/T 2260-2007 and the 民政部 list of 县级以上行政区划代码 (2023 edition) for the
 * province codes and for every current county-level code of Shanghai; the withdrawn Shanghai codes
 * from the 民政部 行政区划变更 records (南市区 2000, 卢湾区 2011, 闸北区 2015, 吴淞区 1988, 南汇区
 * 2009, the ten counties merged 1988–2016; 310210 is the 崇明县 code before 1982, as the project's
 * divisions note records). Outside Shanghai the province is checked exactly and the rest by shape
 * (a prefecture 01–90 and a county that is not 00, but for the prefecture-level cities that have no
 * counties); a full national list would add ~6,000 codes for residents that are mostly local.
 */
// biome-ignore format: a table
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42',
  '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
]);

/** Every county-level code Shanghai has today. */
// biome-ignore format: a table
const SHANGHAI_CURRENT = [
  '310101', '310104', '310105', '310106', '310107', '310109', '310110', '310112', '310113', '310114',
  '310115', '310116', '310117', '310118', '310120', '310151',
];

/** Shanghai's withdrawn county-level codes, still on the ID numbers issued under them. */
// biome-ignore format: a table
export const SHANGHAI_WITHDRAWN = [
  '310102', '310103', '310108', '310111', '310119', '310210', '310221', '310222', '310223', '310224',
  '310225', '310226', '310227', '310228', '310229', '310230',
];

const SHANGHAI: ReadonlySet<string> = new Set([...SHANGHAI_CURRENT, ...SHANGHAI_WITHDRAWN]);

/** Prefecture-level cities without counties: their numbers carry the city's own code. */
const CITIES_WITHOUT_COUNTIES: ReadonlySet<string> = new Set(['441900', '442000', '460400', '620200']);

/** True when `areaCode` can be the first six digits of a real ID number. */
export function isKnownAreaCode(areaCode: string): boolean {
  if (!/^\d{6}$/.test(areaCode)) return false;
  const province = areaCode.slice(0, 2);
  if (!PROVINCE_CODES.has(province)) return false;
  if (province === '31') return SHANGHAI.has(areaCode);
  const prefecture = Number(areaCode.slice(2, 4));
  if (prefecture < 1 || prefecture > 90) return false;
  return areaCode.slice(4) !== '00' || CITIES_WITHOUT_COUNTIES.has(areaCode);
}
