import type { CreatePolicyBody } from '@jobcircle/domain';

// The policies of ../shared/research/shanghai-rules.md (§5.1–§5.7), with the document numbers it
// gives. Nothing here goes beyond that file: where it gives no amount, no date or no exact condition,
// the field is empty and the text says so; conditions the registry cannot check are `attested`
// (待确认 until a person checks the papers). Seeded at bootstrap through the service, once per code.

const RSJ_8 = 'https://rsj.sh.gov.cn/tjypx_17728/20220311/t0035_1406349.html';
const RSJ_8_BODY = '上海市人力资源和社会保障局、上海市财政局、上海市民政局、上海市残疾人联合会';

export const SEED_POLICIES: readonly CreatePolicyBody[] = [
  {
    code: 'hardship_recognition',
    name: '就业困难人员认定',
    documentNumber: '沪人社规〔2022〕8号',
    issuingBody: RSJ_8_BODY,
    source: RSJ_8,
    effectiveFrom: '2022-01-01',
    effectiveTo: '2026-12-31',
    summary:
      '《关于进一步做好本市就业援助工作的若干意见》。就业困难人员认定在街镇社区事务受理服务中心或随申办申请（待核实），是有期限的身份：享受补贴期满的，取消就业困难人员身份（8号第二部分）；再就业或达到法定退休年龄亦退出（待核实）。认定类别（大龄、长期失业、低保、残疾、零就业家庭等）与大龄年龄线（研究资料记载男45/女40，与"4050"说法不一致）尚未与原文核对，本规则包不含这些条件，由工作人员核实。',
    rulePack: {
      conditions: {
        all: [
          { fact: 'retirement', op: 'not_reached' },
          { fact: 'attested', op: 'confirm', value: '符合沪人社规〔2022〕8号所列就业困难人员类别之一（类别及年龄线待与原文核对）' },
        ],
      },
      amounts: [],
      period: '认定为有期限的身份；享受补贴期满的，取消就业困难人员身份（沪人社规〔2022〕8号第二部分）。',
      evidence: [{ label: '身份证件' }, { label: '所属类别的证明材料（待核实）' }],
    },
  },
  {
    code: 'unemployment_registration',
    name: '失业登记',
    documentNumber: '《中华人民共和国就业促进法》第三十五条',
    issuingBody: '全国人民代表大会常务委员会',
    source: '《中华人民共和国就业促进法》（2007年，2015年修正）第三十五条；《失业保险条例》（国务院令第258号）第十四条',
    effectiveFrom: null,
    effectiveTo: null,
    summary:
      '公共就业服务机构免费办理失业登记（就业促进法第35条），失业登记是领取失业保险金的前提（失业保险条例第14条）。通行条件为劳动年龄内、有劳动能力、有就业要求、处于无业状态；上海的具体表述、非本市户籍（居住证、在沪参保）人员的办理及注销情形尚未核实。生效日期：研究资料未载，暂空。',
    rulePack: {
      conditions: {
        all: [
          { fact: 'retirement', op: 'not_reached' },
          { fact: 'employment_status', op: 'in', value: ['unemployed'] },
          { fact: 'attested', op: 'confirm', value: '有劳动能力、有就业要求' },
        ],
      },
      amounts: [],
      period: null,
      evidence: [{ label: '身份证件' }],
    },
  },
  {
    code: 'unemployment_benefit',
    name: '失业保险金',
    documentNumber: '《失业保险条例》（国务院令第258号）；沪人社规〔2026〕7号',
    issuingBody: '国务院；上海市人力资源和社会保障局',
    source: '《失业保险条例》第十四条、第十七条、第十八条；沪人社规〔2026〕7号（标准）',
    effectiveFrom: '2026-07-01',
    effectiveTo: '2028-06-30',
    summary:
      '领取条件（条例第14条）：失业前用人单位和本人已缴纳失业保险费满1年、非因本人意愿中断就业、已办理失业登记并有求职要求。上海标准（沪人社规〔2026〕7号，2026-07-01 起，至 2028-06-30）：第1–12个月 2340元/月，第13–24个月 1872元/月，延长领取 1690元/月。领取期限：沪人社规〔2026〕18号（2026-08-16 起）按缴费年限计（满1年不满2年2个月，每多1年加2个月，最长24个月），与全国条例第17条的档次不同，待核实。',
    rulePack: {
      conditions: {
        all: [
          { fact: 'key_group', op: 'has', value: 'registered_unemployed' },
          { fact: 'employment_status', op: 'in', value: ['unemployed'] },
          { fact: 'attested', op: 'confirm', value: '失业前用人单位和本人已缴纳失业保险费满1年' },
          { fact: 'attested', op: 'confirm', value: '非因本人意愿中断就业' },
        ],
      },
      amounts: [
        { label: '第1–12个月', amountFen: 234000, text: '2340元/月（沪人社规〔2026〕7号）' },
        { label: '第13–24个月', amountFen: 187200, text: '1872元/月（沪人社规〔2026〕7号）' },
        { label: '延长领取', amountFen: 169000, text: '1690元/月（沪人社规〔2026〕7号）' },
      ],
      period:
        '沪人社规〔2026〕18号（2026-08-16 起）：缴费满1年不满2年的领取2个月，每多1年增加2个月，最长24个月；期满仍失业且距法定退休不足1年的可延长（待核实）。',
      evidence: [
        { label: '失业登记', keyGroup: 'registered_unemployed' },
        { label: '失业保险缴费记录' },
        { label: '解除或终止劳动合同的证明' },
      ],
    },
  },
  {
    code: 'flexible_employment_insurance_subsidy',
    name: '灵活就业社会保险费补贴',
    documentNumber: '沪人社规〔2022〕8号',
    issuingBody: RSJ_8_BODY,
    source: `${RSJ_8}；市人社局问答 t0035_1408041、t0035_1408073`,
    effectiveFrom: '2022-01-01',
    effectiveTo: '2026-12-31',
    summary:
      '就业困难人员灵活就业并办理灵活就业登记（备案）、按时足额缴纳社会保险费的，按缴费基数下限计算的应缴社会保险费的50%给予补贴（8号第三部分；问答 t0035_1408073）。按2026-07-01起的缴费基数下限7546元：7546×30%=2263.8，补贴1131.9元/月。领取失业保险金的大龄人员参加养老保险的，不能同时享受本补贴或岗位补贴（问答 t0035_1430069）。',
    rulePack: {
      conditions: {
        all: [
          { fact: 'key_group', op: 'has', value: 'hardship' },
          { fact: 'employment_status', op: 'in', value: ['flexible'] },
          { fact: 'attested', op: 'confirm', value: '已办理灵活就业登记（备案），按时足额缴纳社会保险费' },
          { fact: 'attested', op: 'confirm', value: '不属于领取失业保险金并参加养老保险的大龄人员' },
        ],
      },
      amounts: [
        {
          label: '每月补贴',
          amountFen: 113190,
          text: '按缴费基数下限计算应缴社会保险费（养老20%、医疗10%）的50%；以2026-07-01起的下限7546元计为1131.9元/月',
        },
      ],
      period: '不超过3年；期满时距法定退休年龄不足5年的，可延长至退休（沪人社规〔2022〕8号第三部分）。',
      evidence: [{ label: '就业困难人员认定', keyGroup: 'hardship' }, { label: '灵活就业登记（备案）' }, { label: '社会保险缴费记录' }],
    },
  },
  {
    code: 'employer_hardship_hire_subsidy',
    name: '吸纳就业困难人员岗位补贴和社会保险费补贴',
    documentNumber: '沪人社规〔2022〕8号',
    issuingBody: RSJ_8_BODY,
    source: `${RSJ_8}；市人社局问答 t0035_1408028、t0035_1423424；沪人社就〔2023〕404号`,
    effectiveFrom: '2022-01-01',
    effectiveTo: '2026-12-31',
    summary:
      '企事业单位、社会团体、民办非企业单位和个体工商户（劳务派遣单位除外）招用就业困难人员，签订1年以上劳动合同并按时足额缴纳社会保险费的，给予岗位补贴（月最低工资标准的50%）和社会保险费补贴（按当月缴费基数下限计算的单位应缴养老、医疗、失业保险费的50%）。按最低工资2740元（沪人社规〔2025〕10号，2025-07-01 起），岗位补贴为1370元/月。由失业保险基金支付。本规则包按被招用人员判断；用人单位条件由工作人员核实。',
    rulePack: {
      conditions: {
        all: [
          { fact: 'key_group', op: 'has', value: 'hardship' },
          { fact: 'employment_status', op: 'in', value: ['employed'] },
          { fact: 'attested', op: 'confirm', value: '用人单位非劳务派遣单位，签订1年以上劳动合同并按时足额缴纳社会保险费' },
        ],
      },
      amounts: [
        { label: '岗位补贴', amountFen: 137000, text: '月最低工资标准的50%；按2740元计为1370元/月' },
        {
          label: '社会保险费补贴',
          amountFen: null,
          text: '按当月缴费基数下限计算的单位应缴养老、医疗、失业保险费的50%（金额随基数，研究资料未给出月额）',
        },
      ],
      period: '每人累计不超过3年（含此前的一次性补贴）；期满时距法定退休年龄不足2年的，可延长至退休（问答 t0035_1423424）。',
      evidence: [{ label: '就业困难人员认定', keyGroup: 'hardship' }, { label: '劳动合同（1年以上）' }, { label: '社会保险缴费记录' }],
    },
  },
  {
    code: 'first_business_subsidy',
    name: '首次创业一次性补贴',
    documentNumber: '沪人社规〔2023〕1号',
    issuingBody: '上海市人力资源和社会保障局',
    source: '沪人社规〔2023〕1号（研究资料据公开代码库所引政策原文）',
    effectiveFrom: null,
    effectiveTo: null,
    summary:
      '本市户籍毕业2年内的高校毕业生（学历可在学信网查询），或本市户籍的就业困难人员，首次在本市创办小微企业、个体工商户、农民专业合作社或民办非企业单位并任法定代表人，正常经营满1年、带动1人以上参保满6个月（参保单位与注册、申领单位一致）的，给予一次性补贴8000元，每人限一次；在注册之日起18个月内申请，社保卡银行账户须激活。生效及失效日期：研究资料未载，暂空。',
    rulePack: {
      conditions: {
        all: [
          { fact: 'hukou', op: 'in', value: ['local_agricultural', 'local_non_agricultural'] },
          {
            any: [
              { fact: 'key_group', op: 'has', value: 'graduate' },
              { fact: 'key_group', op: 'has', value: 'hardship' },
            ],
          },
          { fact: 'receipts', op: 'none' },
          { fact: 'attested', op: 'confirm', value: '首次在本市创办组织并任法定代表人，正常经营满1年' },
          { fact: 'attested', op: 'confirm', value: '带动1人以上参保满6个月，参保单位与注册、申领单位一致' },
          { fact: 'attested', op: 'confirm', value: '在注册之日起18个月内申请' },
        ],
      },
      amounts: [{ label: '一次性补贴', amountFen: 800000, text: '8000元，每人限一次' }],
      period: '注册之日起18个月内申请；每人一次。',
      evidence: [
        { label: '营业执照或登记证书' },
        { label: '参保缴费记录' },
        { label: '学历证明（高校毕业生）' },
        { label: '就业困难人员认定（就业困难人员）', keyGroup: 'hardship' },
      ],
    },
  },
  {
    code: 'job_seeking_subsidy',
    name: '一次性求职补贴',
    documentNumber: '《就业补助资金管理办法》',
    issuingBody: '财政部、人力资源社会保障部',
    source: '《就业补助资金管理办法》（2023年12月20日修订），gov.cn content_6926462',
    effectiveFrom: null,
    effectiveTo: null,
    summary:
      '对低保家庭、零就业家庭、监测对象家庭、特困人员中的高校毕业生，残疾高校毕业生和获得国家助学贷款的高校毕业生给予一次性求职补贴（《就业补助资金管理办法》）。上海的补贴标准、申请时间和渠道研究资料未载，金额暂空，待核实。',
    rulePack: {
      conditions: {
        all: [
          { fact: 'key_group', op: 'has', value: 'graduate' },
          {
            any: [
              { fact: 'key_group', op: 'has', value: 'low_income' },
              { fact: 'key_group', op: 'has', value: 'zero_employment_household' },
              { fact: 'key_group', op: 'has', value: 'disabled' },
              { fact: 'attested', op: 'confirm', value: '属于监测对象家庭、特困人员，或获得国家助学贷款' },
            ],
          },
        ],
      },
      amounts: [{ label: '一次性求职补贴', amountFen: null, text: '上海标准研究资料未载，待核实' }],
      period: null,
      evidence: [{ label: '学历或在校证明' }, { label: '家庭困难、残疾或助学贷款证明' }],
    },
  },
  {
    code: 'public_welfare_post_subsidy',
    name: '公益性岗位补贴',
    documentNumber: '《就业补助资金管理办法》；《中华人民共和国就业促进法》第五十三条',
    issuingBody: '财政部、人力资源社会保障部；全国人民代表大会常务委员会',
    source: '《就业促进法》第五十三条；《就业补助资金管理办法》（2023年12月20日修订）',
    effectiveFrom: null,
    effectiveTo: null,
    summary:
      '政府投资开发的公益性岗位优先安排符合岗位要求的就业困难人员（就业促进法第53条）；公益性岗位补贴参照当地最低工资标准确定（就业补助资金管理办法）。上海的岗位类型、管理单位、工资和补贴标准、考勤考核和期限研究资料未载，金额暂空，待核实。',
    rulePack: {
      conditions: {
        all: [
          { fact: 'key_group', op: 'has', value: 'hardship' },
          { fact: 'retirement', op: 'not_reached' },
        ],
      },
      amounts: [{ label: '岗位补贴', amountFen: null, text: '参照当地最低工资标准确定；上海标准研究资料未载，待核实' }],
      period: null,
      evidence: [{ label: '就业困难人员认定', keyGroup: 'hardship' }, { label: '公益性岗位劳动合同或协议' }],
    },
  },
];
