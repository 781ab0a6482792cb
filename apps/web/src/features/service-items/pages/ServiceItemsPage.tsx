import { EditOutlined } from '@ant-design/icons';
import { SERVICE_ITEM_KIND_LABELS, SERVICE_MODULE_LABELS, SERVICE_MODULES, type ServiceItem } from '@jobcircle/domain';
import { Button, Card, Col, Descriptions, Row, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { useCan } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useListParams } from '../../../lib/list-params.ts';
import { useServiceItems } from '../api/list-service-items.ts';
import { SERVICE_ITEM_FIELDS, ServiceItemEditModal } from '../components/ServiceItemEditModal.tsx';

function ItemCard({ item, onEdit }: { item: ServiceItem; onEdit: (() => void) | null }) {
  return (
    <Card
      className="service-item-card"
      title={
        <h2 className="card-heading service-item-title">
          <span className="item-no">{item.no}</span>
          {item.text.replace(/。$/, '')}
        </h2>
      }
      extra={
        onEdit ? (
          <Button icon={<EditOutlined />} onClick={onEdit} aria-label={`编辑事项 ${item.no} 的说明`}>
            编辑
          </Button>
        ) : null
      }
    >
      <Tag color={item.kind === 'basic' ? 'processing' : 'default'}>{SERVICE_ITEM_KIND_LABELS[item.kind]}</Tag>
      <Tag>{SERVICE_MODULE_LABELS[item.module]}</Tag>
      <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
        {SERVICE_ITEM_FIELDS.map((field) => (
          <Descriptions.Item key={field.name} label={field.label}>
            {item[field.name] || '尚未填写'}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label="提供的站点">
          <Link to={`/sites?serviceItem=${item.no}`}>{item.siteCount} 个站点</Link>
        </Descriptions.Item>
        {item.updatedAt ? <Descriptions.Item label="说明更新于">{formatDateTime(item.updatedAt)}</Descriptions.Item> : null}
      </Descriptions>
    </Card>
  );
}

/** The plan's 25 service items: who each serves, what it is, how to apply, where to check, and who offers it. */
export default function ServiceItemsPage() {
  const items = useServiceItems();
  const mayEdit = useCan('service-item:write');
  const [params, update] = useListParams();
  const [editing, setEditing] = useState<ServiceItem | null>(null);

  const list = (module: string) => (
    <Row gutter={[16, 16]}>
      {(items.data ?? [])
        .filter((item) => module === 'all' || item.module === module)
        .map((item) => (
          <Col key={item.no} xs={24} xl={12}>
            <ItemCard item={item} onEdit={mayEdit ? () => setEditing(item) : null} />
          </Col>
        ))}
    </Row>
  );

  return (
    <PageContainer
      title="服务事项"
      description="《“15分钟就业服务圈”就业服务站点服务事项清单》共 25 项，分六个模块；基础功能事项是乡镇就业服务站的必备服务。"
    >
      {items.isPending ? <PageLoading /> : null}
      {items.isError ? <LoadError error={items.error} onRetry={() => void items.refetch()} /> : null}
      <Tabs
        activeKey={params.module ?? 'all'}
        onChange={(module) => update({ module: module === 'all' ? undefined : module })}
        items={[
          { key: 'all', label: '全部', children: list('all') },
          ...SERVICE_MODULES.map((module) => ({ key: module, label: SERVICE_MODULE_LABELS[module], children: list(module) })),
        ]}
      />
      {editing ? <ServiceItemEditModal item={editing} onClose={() => setEditing(null)} /> : null}
    </PageContainer>
  );
}
