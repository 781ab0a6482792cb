import { HOUSEHOLD_RELATION_LABELS, type Resident } from '@jobcircle/domain';
import { App, Button, Card, Col, Flex, Form, Popconfirm, Row, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { applyFieldErrors } from '../../../lib/form.ts';
import { useResidents } from '../api/list-residents.ts';
import { useUpdateResident } from '../api/update-resident.ts';
import { HOUSEHOLD_RELATION_OPTIONS } from './resident-options.ts';

type Member = Resident['householdMembers'][number];
type Relation = NonNullable<Resident['householdRelation']>;

interface JoinValues {
  headId: string;
  relation: Relation;
}

/** Join the household of a head found by name, pinyin initials or the last four of the ID number. */
function JoinHousehold({ resident, onReload }: { resident: Resident; onReload: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<JoinValues>();
  const [search, setSearch] = useState('');
  const last4 = /^[0-9Xx]{4}$/.test(search.trim());
  const heads = useResidents(
    { page: 1, pageSize: 20, ...(last4 ? { last4: search.trim().toUpperCase() } : { q: search.trim() }) },
    search.trim().length > 0,
  );
  const update = useUpdateResident(resident.id);
  const [leftovers, setLeftovers] = useState<string[]>([]);

  const onFinish = (values: JoinValues) => {
    setLeftovers([]);
    update.mutateAsync({ householdId: values.headId, householdRelation: values.relation, version: resident.version }).then(
      () => void message.success('已加入家庭'),
      (error: unknown) => {
        if (isApiError(error, 'VALIDATION_FAILED')) {
          setLeftovers(applyFieldErrors(form, error, { householdId: '户主', householdRelation: '与户主关系' }));
        }
      },
    );
  };

  return (
    <Card className="form-section" title={<h2 className="card-heading">加入家庭</h2>}>
      <FormBanner
        error={update.error}
        leftovers={leftovers}
        onReload={() => {
          update.reset();
          onReload();
        }}
      />
      <Form<JoinValues> form={form} layout="vertical" onFinish={onFinish}>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="headId"
              label="户主"
              rules={[{ required: true, message: '请选择户主' }]}
              extra="输入户主姓名、拼音首字母或身份证末 4 位查找。"
            >
              <Select
                showSearch={{ filterOption: false, onSearch: setSearch }}
                placeholder="查找户主"
                loading={heads.isFetching}
                notFoundContent={search.trim() ? '没有找到' : '请输入查找条件'}
                options={(heads.data?.items ?? [])
                  .filter((r) => r.id !== resident.id)
                  .map((r) => ({ value: r.id, label: `${r.name}（${r.idNumberMasked}，${r.villageName}）` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="relation" label="与户主关系" rules={[{ required: true, message: '请选择与户主的关系' }]}>
              <Select options={HOUSEHOLD_RELATION_OPTIONS.filter((o) => o.value !== 'head')} placeholder="请选择" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          加入家庭
        </Button>
      </Form>
    </Card>
  );
}

/** 家庭成员: the household (its head's id is householdId), joined or left through a PATCH of the file. */
export function HouseholdSection({ resident, onReload }: { resident: Resident; onReload: () => void }) {
  const { message } = App.useApp();
  const update = useUpdateResident(resident.id);
  const isHead = resident.householdId === resident.id;
  const act = (householdId: string | null, householdRelation: Relation | null, done: string) =>
    update.mutate(
      { householdId, householdRelation, version: resident.version },
      { onSuccess: () => void message.success(done), onError: (error) => void message.error(errorMessage(error)) },
    );

  return (
    <>
      {resident.householdId ? (
        <>
          <Typography.Paragraph>
            本人在家庭中的身份：{resident.householdRelation ? HOUSEHOLD_RELATION_LABELS[resident.householdRelation] : '未填写'}
          </Typography.Paragraph>
          <Table<Member>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={resident.householdMembers}
            locale={{ emptyText: '家庭中暂无其他成员' }}
            columns={[
              {
                title: '姓名',
                dataIndex: 'name',
                key: 'name',
                render: (name: string, row) => <Link to={`/residents/${row.id}`}>{name}</Link>,
              },
              {
                title: '与户主关系',
                dataIndex: 'relation',
                key: 'relation',
                render: (relation: Member['relation'], row) =>
                  row.id === resident.householdId ? '户主' : relation ? HOUSEHOLD_RELATION_LABELS[relation] : '未填写',
              },
            ]}
          />
        </>
      ) : (
        <Typography.Paragraph>尚未关联家庭。可设为户主，或加入已登记户主的家庭。</Typography.Paragraph>
      )}
      {resident.mergedIntoId ? null : (
        <PermissionGate permission="resident:write">
          <Flex gap="small" wrap style={{ margin: '16px 0' }}>
            {isHead ? null : (
              <Button onClick={() => act(resident.id, 'head', '已设为户主')} loading={update.isPending}>
                设为户主
              </Button>
            )}
            {resident.householdId ? (
              <Popconfirm title="确定将此人移出家庭？" okText="移出" cancelText="取消" onConfirm={() => act(null, null, '已移出家庭')}>
                <Button danger loading={update.isPending}>
                  移出家庭
                </Button>
              </Popconfirm>
            ) : null}
          </Flex>
          {isHead ? null : <JoinHousehold key={resident.version} resident={resident} onReload={onReload} />}
        </PermissionGate>
      )}
    </>
  );
}
