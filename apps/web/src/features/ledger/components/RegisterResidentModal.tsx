import { CONSENT_CHANNEL_LABELS, CONSENT_CHANNELS, CreateResidentBodySchema, type Resident } from '@jobcircle/domain';
import { Form, Input, Radio, Row } from 'antd';
import { FormModal } from '../../../components/form/FormModal.tsx';
import { TownVillageFields } from '../../../components/form/TownVillageFields.tsx';
import { useMe } from '../../../lib/auth.ts';
import { dayjs } from '../../../lib/dayjs.ts';
import { zodRule } from '../../../lib/form.ts';
import { optionsOf } from '../../../lib/service-item-options.ts';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useRegisterResident } from '../api/register-resident.ts';

interface Values {
  name: string;
  idNumber: string;
  mobile?: string;
  townCode?: string;
  villageCode?: string;
  address: string;
  consentChannel: (typeof CONSENT_CHANNELS)[number];
}

const fields = CreateResidentBodySchema.shape;
const LABELS = { name: '姓名', idNumber: '身份证号', mobile: '手机号', townCode: '所属乡镇', villageCode: '村居', address: '居住地址' };

/** The walk-in's own town and village, when the account is tied to them. */
function placeOf(regionLevel: string, regionCode: string): Partial<Values> {
  if (regionLevel === 'village') return { townCode: regionCode.slice(0, 9), villageCode: regionCode };
  if (regionLevel === 'town') return { townCode: regionCode };
  return {};
}

/**
 * A walk-in not yet in the registry, registered with the least the registry needs (name, ID number,
 * village, address, consent); the rest of the file is completed later from the resident's page.
 */
export function RegisterResidentModal({ onClose, onRegistered }: { onClose: () => void; onRegistered: (resident: Resident) => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const server = useServerForm({ form, mutation: useRegisterResident(), labels: LABELS });
  const townCode = Form.useWatch('townCode', form);

  const onFinish = (values: Values) =>
    server.submit(
      {
        name: values.name,
        idNumber: values.idNumber,
        mobile: values.mobile ? values.mobile : null,
        hukouType: 'unknown',
        address: values.address,
        townCode: values.townCode ?? '',
        villageCode: values.villageCode ?? '',
        education: 'unknown',
        occupations: [],
        skills: [],
        certificates: [],
        hasDisability: false,
        consentChannel: values.consentChannel,
        consentDate: dayjs().format('YYYY-MM-DD'),
        employmentStatus: 'unknown',
      },
      onRegistered,
    );

  return (
    <FormModal
      title="登记新居民（简要）"
      okText="登记并选为服务对象"
      onOk={() => form.submit()}
      onClose={onClose}
      submitting={server.submitting}
      {...server.banner}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ consentChannel: 'written', ...placeOf(me.regionLevel, me.regionCode) }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('townCode' in changed) form.setFieldValue('villageCode', undefined);
        }}
      >
        <Form.Item name="name" label="姓名" rules={[zodRule(fields.name, '请填写姓名')]}>
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item name="idNumber" label="身份证号" rules={[zodRule(fields.idNumber, '请填写身份证号')]}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="mobile" label="手机号" rules={[zodRule(fields.mobile)]}>
          <Input maxLength={11} inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Row gutter={12}>
          <TownVillageFields
            townCode={townCode}
            townRules={[zodRule(fields.townCode, '请选择乡镇')]}
            village={{ label: '村居', rules: [zodRule(fields.villageCode, '请选择村居')], required: true }}
          />
        </Row>
        <Form.Item name="address" label="居住地址" rules={[zodRule(fields.address, '请填写居住地址')]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="consentChannel" label="信息采集同意方式" extra="登记时征得本人同意（个人信息保护法）">
          <Radio.Group options={optionsOf(CONSENT_CHANNELS, CONSENT_CHANNEL_LABELS)} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
