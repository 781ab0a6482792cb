import { EyeOutlined, SafetyOutlined } from '@ant-design/icons';
import {
  CONSENT_CHANNEL_LABELS,
  EDUCATION_LEVEL_LABELS,
  HARDSHIP_CATEGORY_LABELS,
  HUKOU_TYPE_LABELS,
  KEY_GROUP_LABELS,
  type KeyGroupMembership,
  type Resident,
  SEX_LABELS,
  TRAVEL_MODE_LABELS,
  WORK_HOURS_LABELS,
} from '@jobcircle/domain';
import { Alert, Button, Descriptions, Form, Grid, Radio, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { isApiError } from '../../../lib/api.ts';
import { can, useMe } from '../../../lib/auth.ts';
import { useElderMode } from '../../../lib/ElderModeProvider.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { useVersionedEdit } from '../../../lib/versioned-edit.ts';
import { useResident } from '../api/get-resident.ts';
import type { Unmasked } from '../api/unmask-resident.ts';
import { useUpdateResident } from '../api/update-resident.ts';
import { AssistanceFileSection } from '../components/AssistanceFileSection.tsx';
import { HouseholdSection } from '../components/HouseholdSection.tsx';
import { PolicyEligibilitySection } from '../components/PolicyEligibilitySection.tsx';
import { ResidentForm } from '../components/ResidentForm.tsx';
import { ResidentSummaryLine } from '../components/ResidentSummaryLine.tsx';
import { KeyGroupTags, StatusTag } from '../components/ResidentTags.tsx';
import {
  RESIDENT_FIELD_LABELS,
  type ResidentFormValues,
  residentFormToFields,
  residentToFormValues,
} from '../components/resident-form-values.ts';
import { formatPayRange, occupationLabel } from '../components/resident-options.ts';
import { StatusSection } from '../components/StatusSection.tsx';
import { TimelineSection } from '../components/TimelineSection.tsx';
import { UnmaskModal } from '../components/UnmaskModal.tsx';

const NOT_ALLOWED = '无权查看';

function Basics({ resident, unmasked, onUnmask }: { resident: Resident; unmasked: Unmasked | null; onUnmask: () => void }) {
  const shown = unmasked !== null;
  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} className="site-descriptions">
        <Descriptions.Item label="姓名">{resident.name}</Descriptions.Item>
        <Descriptions.Item label="性别/年龄">
          {SEX_LABELS[resident.sex]}，{resident.age} 岁{resident.birthDate ? `（${resident.birthDate}）` : null}
        </Descriptions.Item>
        <Descriptions.Item label="身份证号">
          <code data-testid="resident-id-number">{unmasked?.idNumber ?? resident.idNumberMasked}</code>
          {resident.isChongmingIdNumber ? null : <Tag>非崇明签发</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="手机号">
          {unmasked?.mobile !== undefined ? (unmasked.mobile ?? '未登记') : (resident.mobileMasked ?? '未登记')}
        </Descriptions.Item>
        <Descriptions.Item label="户籍类型">{HUKOU_TYPE_LABELS[resident.hukouType]}</Descriptions.Item>
        <Descriptions.Item label="学历">{EDUCATION_LEVEL_LABELS[resident.education]}</Descriptions.Item>
        <Descriptions.Item label="所在村居">
          {resident.townName} / {resident.villageName}
          {resident.gridCode ? `（网格 ${resident.gridCode}）` : null}
        </Descriptions.Item>
        <Descriptions.Item label="居住地址">{resident.address}</Descriptions.Item>
        <Descriptions.Item label="就业状态">
          <StatusTag status={resident.employmentStatus} />
        </Descriptions.Item>
        <Descriptions.Item label="重点群体">
          <KeyGroupTags groups={resident.keyGroups} />
        </Descriptions.Item>
        <Descriptions.Item label="从事过的职业" span={2}>
          {resident.occupations.length > 0 ? resident.occupations.map(occupationLabel).join('、') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="技能特长">{resident.skills.length > 0 ? resident.skills.join('、') : '—'}</Descriptions.Item>
        <Descriptions.Item label="证书">
          {resident.certificates.length > 0
            ? resident.certificates.map((c) => [c.name, c.level, c.number].filter(Boolean).join(' ')).join('；')
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="残疾情况">
          {resident.hasDisability === null ? NOT_ALLOWED : resident.hasDisability ? '持有残疾人证' : '无'}
        </Descriptions.Item>
        <Descriptions.Item label="健康状况">
          {resident.hasDisability === null ? NOT_ALLOWED : (resident.healthNote ?? '—')}
        </Descriptions.Item>
        <Descriptions.Item label="个人信息使用同意">
          {CONSENT_CHANNEL_LABELS[resident.consentChannel]}，{resident.consentDate}
        </Descriptions.Item>
        <Descriptions.Item label="登记/更新时间">
          {formatDateTime(resident.createdAt)} / {formatDateTime(resident.updatedAt)}
        </Descriptions.Item>
      </Descriptions>
      <PermissionGate permission="resident:unmask">
        {shown ? (
          <Typography.Paragraph type="secondary">完整号码仅在本页显示，离开本页后恢复脱敏。本次查看已记入审计日志。</Typography.Paragraph>
        ) : (
          <Button icon={<EyeOutlined />} onClick={onUnmask}>
            查看完整号码
          </Button>
        )}
      </PermissionGate>
    </>
  );
}

function KeyGroups({ resident }: { resident: Resident }) {
  return (
    <Table<KeyGroupMembership>
      rowKey={(row) => `${row.group}-${row.validFrom}`}
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={resident.keyGroupMemberships}
      locale={{ emptyText: '不属于重点群体' }}
      columns={[
        { title: '类别', dataIndex: 'group', key: 'group', render: (group: KeyGroupMembership['group']) => KEY_GROUP_LABELS[group] },
        {
          title: '就业困难人员类别',
          dataIndex: 'hardshipCategory',
          key: 'hardshipCategory',
          render: (category: KeyGroupMembership['hardshipCategory']) => (category ? HARDSHIP_CATEGORY_LABELS[category] : '—'),
        },
        { title: '认定依据', dataIndex: 'source', key: 'source' },
        {
          title: '有效期',
          key: 'validity',
          render: (_value, row) => `${row.validFrom} 起${row.validTo ? `，至 ${row.validTo}` : '，长期'}`,
        },
        { title: '认定机构', dataIndex: 'certifyingOrg', key: 'certifyingOrg', render: (org: string | null | undefined) => org ?? '—' },
      ]}
    />
  );
}

function Intention({ resident }: { resident: Resident }) {
  const intention = resident.jobIntention;
  if (!intention) return <Typography.Paragraph>暂无求职意向。可在“编辑”中填写。</Typography.Paragraph>;
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="意向职业" span={2}>
        {intention.occupations.length > 0 ? intention.occupations.map(occupationLabel).join('、') : '不限'}
      </Descriptions.Item>
      <Descriptions.Item label="意向工作地点">{intention.places.length > 0 ? intention.places.join('、') : '不限'}</Descriptions.Item>
      <Descriptions.Item label="期望月薪">{formatPayRange(intention.payMinFen, intention.payMaxFen)}</Descriptions.Item>
      <Descriptions.Item label="工作时间">{WORK_HOURS_LABELS[intention.hours]}</Descriptions.Item>
      <Descriptions.Item label="可接受通勤">
        {intention.maxCommuteMinutes == null ? '不限' : `${intention.maxCommuteMinutes} 分钟以内`}
        {intention.travelMode ? `（${TRAVEL_MODE_LABELS[intention.travelMode]}）` : ''}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Keyed by version: a save or a reload after a conflict starts the form afresh from the record. */
function EditResident({ resident, onReload }: { resident: Resident; onReload: () => void }) {
  const [form] = Form.useForm<ResidentFormValues>();
  const edit = useVersionedEdit({
    form,
    initialValues: residentToFormValues(resident),
    version: resident.version,
    toBody: residentFormToFields,
    mutation: useUpdateResident(resident.id),
    labels: RESIDENT_FIELD_LABELS,
    fieldErrorCodes: ['REGION_OUT_OF_SCOPE'],
    onReload,
  });

  return (
    <ResidentForm
      form={form}
      mode="edit"
      initialValues={residentToFormValues(resident)}
      masked={{ idNumber: resident.idNumberMasked, mobile: resident.mobileMasked }}
      onSubmit={edit.onSubmit}
      submitting={edit.submitting}
      banner={<FormBanner {...edit.banner} />}
    />
  );
}

const TABS = ['basics', 'status', 'groups', 'intention', 'household', 'assistance', 'policies', 'timeline', 'edit'] as const;

export default function ResidentDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const resident = useResident(id);
  // The full numbers live in this page only: leaving the page forgets them.
  const [unmasked, setUnmasked] = useState<Unmasked | null>(null);
  const [unmasking, setUnmasking] = useState(false);
  const tabParam = search.get('tab');
  const tab = TABS.find((t) => t === tabParam) ?? 'basics';
  // Nine tabs overflow behind antd's "…" (whose menu axe also refused) below 1200 px, and in elder
  // mode below 1600 px: there the sections are a wrapping row of buttons, every one in sight.
  const screens = Grid.useBreakpoint();
  const { elder } = useElderMode();
  const compact = screens.xl === false || (elder && screens.xxl === false);

  if (resident.isPending) return <PageLoading />;
  if (resident.isError) {
    if (isApiError(resident.error, 'NOT_FOUND')) return <NotFoundPage />;
    return <LoadError error={resident.error} onRetry={() => void resident.refetch()} />;
  }
  const data = resident.data;
  const reload = () => void resident.refetch();
  const writable = can(me, 'resident:write') && data.mergedIntoId === null;
  const choose = (key: string) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (key === 'basics') next.delete('tab');
        else next.set('tab', key);
        return next;
      },
      { replace: true },
    );
  const sections = [
    {
      key: 'basics',
      label: '基本信息',
      children: <Basics resident={data} unmasked={unmasked} onUnmask={() => setUnmasking(true)} />,
    },
    { key: 'status', label: '就业状态', children: <StatusSection resident={data} onReload={reload} /> },
    { key: 'groups', label: '重点群体', children: <KeyGroups resident={data} /> },
    { key: 'intention', label: '求职意向', children: <Intention resident={data} /> },
    { key: 'household', label: '家庭成员', children: <HouseholdSection resident={data} onReload={reload} /> },
    { key: 'assistance', label: '援助档案', children: <AssistanceFileSection resident={data} /> },
    ...(can(me, 'policy:read')
      ? [
          {
            key: 'policies',
            label: '政策资格',
            children: <PolicyEligibilitySection residentId={data.id} active={tab === 'policies'} />,
          },
        ]
      : []),
    { key: 'timeline', label: '服务时间线', children: <TimelineSection residentId={data.id} writable={writable} /> },
    ...(writable ? [{ key: 'edit', label: '编辑', children: <EditResident key={data.version} resident={data} onReload={reload} /> }] : []),
  ];

  return (
    <PageContainer
      title={data.name}
      breadcrumb={[{ title: '劳动力资源' }, listCrumb('人员名册', '/residents')]}
      extra={
        <>
          {can(me, 'job:read') && data.mergedIntoId === null ? (
            <Link to={`/jobs/matches/${data.id}?name=${encodeURIComponent(data.name)}`}>人岗匹配与推荐记录</Link>
          ) : null}
          <Typography.Text type="secondary">
            <SafetyOutlined aria-hidden="true" /> 查看已留痕
          </Typography.Text>
        </>
      }
    >
      {data.mergedIntoId ? (
        <Alert
          type="warning"
          showIcon
          className="form-banner"
          title="此记录已合并到另一条记录，仅供查阅。"
          action={<Link to={`/residents/${data.mergedIntoId}`}>打开合并后的档案</Link>}
        />
      ) : null}
      <ResidentSummaryLine residentId={data.id} />
      <Tabs
        activeKey={tab}
        onChange={choose}
        items={sections}
        renderTabBar={
          compact
            ? () => (
                <Radio.Group
                  className="section-switcher"
                  optionType="button"
                  aria-label="档案栏目"
                  value={sections.some((section) => section.key === tab) ? tab : undefined}
                  onChange={(event) => choose(String(event.target.value))}
                  options={sections.map((section) => ({ value: section.key, label: section.label }))}
                />
              )
            : undefined
        }
      />
      {unmasking ? (
        <UnmaskModal
          residentId={data.id}
          hasMobile={data.mobileMasked !== null}
          onUnmasked={setUnmasked}
          onClose={() => setUnmasking(false)}
        />
      ) : null}
    </PageContainer>
  );
}
