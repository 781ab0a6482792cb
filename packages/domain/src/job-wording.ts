/**
 * The wording check of a job post (招聘用语审查): pure, shared by the API (which refuses) and the web
 * form (which shows the same findings live, as the user types).
 *
 * Law: 《就业促进法》 Arts. 3, 26–31 (no discrimination by ethnicity, race, sex, religious belief;
 * equal rights for women — no marriage or childbearing conditions; rural workers equal to urban;
 * no refusal of carriers of infectious pathogens such as hepatitis B; no discrimination of the
 * disabled); 人社部《就业服务与就业管理规定》 Arts. 14, 20 (no discriminatory content in recruitment
 * information; no deposits, no holding of ID cards, no fees from workers); 《上海市就业促进条例》
 * (平等就业) and 人社部等九部门《关于进一步规范招聘行为促进妇女就业的通知》(人社部发〔2019〕17号):
 * no "限男性""男性优先", no asking about marriage or childbearing. Age: the law does not name it,
 * but the district's rule (REQUIREMENTS §3.2) is that an age range is only set in the age fields,
 * with a lawful reason; an age limit written into free text is refused.
 *
 * The check strips phrases that say the opposite ("男女不限", "不限户籍", "生育保险") before looking
 * for the words, so an inclusive post is never refused.
 */

export const WORDING_CATEGORIES = ['sex', 'ethnicity', 'hukou', 'marriage', 'age', 'health', 'disability', 'fraud'] as const;
export type WordingCategory = (typeof WORDING_CATEGORIES)[number];

export const WORDING_CATEGORY_LABELS: Record<WordingCategory, string> = {
  sex: '性别歧视',
  ethnicity: '民族歧视',
  hukou: '户籍（地域）歧视',
  marriage: '婚育歧视',
  age: '年龄限制',
  health: '健康歧视',
  disability: '残疾歧视',
  fraud: '违规收费或扣押证件',
};

/** Why each category is refused, in the words staff read on the field. */
export const WORDING_CATEGORY_REASONS: Record<WordingCategory, string> = {
  sex: '《就业促进法》第二十七条：除国家规定不适合妇女的工种外，不得以性别为由拒绝录用或提高录用标准；招聘不得限定性别或性别优先',
  ethnicity: '《就业促进法》第三条、第二十八条：劳动者就业不因民族、种族不同而受歧视',
  hukou: '《就业促进法》第三十一条及本市平等就业规定：不得以户籍、地域为由设置限制，农村劳动者与城镇劳动者享有平等就业权利',
  marriage: '《就业促进法》第二十七条、人社部发〔2019〕17号：不得将婚姻、生育状况作为录用条件，不得询问婚育情况',
  age: '年龄要求只能在“年龄范围”栏填写并注明合法理由（如法定劳动年龄、公益性岗位政策），不得写入岗位描述',
  health: '《就业促进法》第三十条：不得以传染病病原携带者（如乙肝）为由拒绝录用',
  disability: '《就业促进法》第二十九条：不得歧视残疾人',
  fraud: '《就业服务与就业管理规定》第十四条：不得向劳动者收取押金、保证金或各种费用，不得扣押居民身份证等证件',
};

interface WordingRule {
  category: WordingCategory;
  pattern: RegExp;
}

/** Phrases that say the opposite of a refusal: removed before looking. */
const ALLOWED_PHRASES: readonly RegExp[] = [
  /男女不限|不限男女|性别不限|不限性别|男女均可|男女皆可|男女同工同酬/g,
  /民族不限|不限民族/g,
  /户籍不限|不限户籍|户口不限|不限户口|地域不限|不限地域/g,
  /婚否不限|不限婚否|婚育不限/g,
  /年龄不限|不限年龄/g,
  /生育保险|生育津贴|产假|哺乳假|育儿假/g,
  /不收取?任何费用|不收费|无押金|不收押金|免押金|不扣押/g,
  /(?:培训|体检)费用?由(?:公司|单位|企业|用人单位)(?:承担|负责|报销)|(?:公司|单位|企业)(?:承担|负责|报销)(?:培训|体检)费用?/g,
];

const RULES: readonly WordingRule[] = [
  {
    category: 'sex',
    pattern: /(?:仅|只|限)(?:招|要|收)?(?:男|女)(?:性|生|士|工)?|(?:男|女)(?:性|生|士)?优先|男性|女性|男生|女生|男工|女工/g,
  },
  { category: 'ethnicity', pattern: /汉族|少数民族|维吾尔族|维族|回族|藏族|蒙古族|壮族|苗族|彝族|民族/g },
  {
    category: 'hukou',
    pattern:
      /(?:本地|本市|上海|沪|崇明|外地|外省|城镇|农村|农业|非农)(?:户口|户籍|籍)|(?:限|要求)(?:户口|户籍)|本地人|外地人|籍贯|(?:河南|安徽|江西|四川|湖南|湖北|东北)人(?:勿扰|不要|优先)/g,
  },
  { category: 'marriage', pattern: /已婚|未婚|离异|单身|已育|未育|婚育|生育|怀孕|孕期|孕妇|有孩子|生过孩子|二胎|三胎/g },
  {
    category: 'age',
    pattern:
      /\d{2}\s*(?:周)?岁\s*(?:以下|以内|以上|之间|左右|以前|前)|\d{2}\s*[-—~～至到]\s*\d{2}\s*(?:周)?岁|年龄\s*(?:在|限|要求|须|需)|年轻|(?:限|要)\s*\d{2}后|\d{2}后(?:优先)?/g,
  },
  { category: 'health', pattern: /乙肝|携带者|大三阳|小三阳|艾滋|HIV/gi },
  { category: 'disability', pattern: /身体健全|无残疾|残疾人?(?:勿扰|不要|除外)|五官端正|肢体健全/g },
  {
    category: 'fraud',
    pattern:
      /押金|保证金|风险金|抵押(?:身份证|证件)|(?:扣押|扣留|押|收)(?:身份证|证件)|报名费|培训费|服装费|工装费|体检费|介绍费|中介费|入职费|手续费|资料费/g,
  },
];

export interface WordingFinding {
  /** The field it was found in (title, description, requirements …). */
  field: string;
  category: WordingCategory;
  /** The words as written. */
  words: string[];
  /** Why, in Chinese, with the article of law. */
  reason: string;
}

/** The findings in one text, category by category (words in the order first written, once each). */
export function checkWording(field: string, text: string | null | undefined): WordingFinding[] {
  if (!text) return [];
  let cleaned = text;
  for (const allowed of ALLOWED_PHRASES) cleaned = cleaned.replace(allowed, (match) => '　'.repeat(match.length));
  const byCategory = new Map<WordingCategory, string[]>();
  for (const rule of RULES) {
    for (const match of cleaned.matchAll(rule.pattern)) {
      const words = byCategory.get(rule.category) ?? [];
      const word = match[0].trim();
      if (!words.includes(word)) words.push(word);
      byCategory.set(rule.category, words);
    }
  }
  return [...byCategory].map(([category, words]) => ({ field, category, words, reason: WORDING_CATEGORY_REASONS[category] }));
}

/** The findings over several fields; `categories` narrows the check (the gig market's anti-fraud words). */
export function checkFields(
  fields: Record<string, string | null | undefined>,
  categories: readonly WordingCategory[] = WORDING_CATEGORIES,
): WordingFinding[] {
  return Object.entries(fields)
    .flatMap(([field, text]) => checkWording(field, text))
    .filter((finding) => categories.includes(finding.category));
}

/** One message per field, as the API's field errors and the form show it: 「男性优先」：性别歧视 — 依据 …。 */
export function wordingMessages(findings: readonly WordingFinding[]): Record<string, string[]> {
  const messages: Record<string, string[]> = {};
  for (const finding of findings) {
    const words = finding.words.map((word) => `“${word}”`).join('、');
    const list = messages[finding.field] ?? [];
    list.push(`含有${WORDING_CATEGORY_LABELS[finding.category]}用语 ${words}：${finding.reason}`);
    messages[finding.field] = list;
  }
  return messages;
}
