import { REFERRAL_STAGE_LABELS } from '@jobcircle/domain';
import { Badge, Card, Col, Empty, Form, List, Row, Select } from 'antd';
import { useState } from 'react';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { useMe } from '../../../lib/auth.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { useReferralBoard } from '../api/referrals.ts';
import { ReferralDrawer } from '../components/ReferralDrawer.tsx';
import '../components/jobs.css';

/** The referral board of a station: a column per stage, from recommendation to insurance registration. */
export default function ReferralBoardPage() {
  const me = useMe();
  const [siteId, setSiteId] = useState<string | undefined>(me.siteId ?? undefined);
  const sites = useAllSites({ isActive: true });
  const board = useReferralBoard(siteId);
  const [open, setOpen] = useState<string | null>(null);

  return (
    <PageContainer title="推荐就业看板" description="每一条推荐从推荐、意向、联系单位、面试到录用和就业参保登记的进度；点开可登记下一步。">
      <Form layout="inline" className="filters" role="search" aria-label="筛选推荐">
        <Form.Item label="站点" htmlFor="board-site">
          <Select
            id="board-site"
            allowClear
            style={{ minWidth: 220 }}
            placeholder="辖区内全部站点"
            value={siteId}
            onChange={setSiteId}
            showSearch={{ optionFilterProp: 'label' }}
            options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
      </Form>
      {board.isError ? (
        <LoadError error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <Row gutter={[12, 12]}>
          {(board.data?.columns ?? []).map((column) => (
            <Col key={column.stage} xs={24} sm={12} lg={6}>
              <Card
                size="small"
                loading={board.isPending}
                title={
                  <h2 className="card-heading">
                    {REFERRAL_STAGE_LABELS[column.stage]} <Badge count={column.count} showZero color="#1677ff" />
                  </h2>
                }
              >
                {column.items.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无" />
                ) : (
                  <List
                    size="small"
                    dataSource={column.items}
                    renderItem={(r) => (
                      <List.Item>
                        <button type="button" className="board-item" onClick={() => setOpen(r.id)}>
                          <strong>{r.residentName}</strong> → {r.jobTitle}
                          <br />
                          <span className="board-item-employer">{r.employerName}</span>
                        </button>
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <ReferralDrawer id={open} onClose={() => setOpen(null)} />
    </PageContainer>
  );
}
