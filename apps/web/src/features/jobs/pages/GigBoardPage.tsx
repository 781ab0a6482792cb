import { PlusOutlined } from '@ant-design/icons';
import { formatPay, GIG_RULES, type Job } from '@jobcircle/domain';
import { Alert, Button, Card, Col, DatePicker, Empty, Form, Row } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { RegionPicker } from '../../../components/RegionPicker.tsx';
import { useJobs } from '../api/list-jobs.ts';
import { GigPostModal } from '../components/GigPostModal.tsx';
import { GigSignups } from '../components/GigSignups.tsx';

const TOWN_LEVEL = ['town'] as const;

/** The gig market (零工市场): day jobs by town and date, posted in a minute, workers signed up, checked in and out. */
export default function GigBoardPage() {
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? dayjs().format('YYYY-MM-DD');
  const townCode = params.get('town') ?? undefined;
  const jobs = useJobs({ kind: 'gig', state: 'open', onDate: date, townCode, pageSize: 100 });
  const [posting, setPosting] = useState(false);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <PageContainer
      title="零工市场"
      description="按乡镇和日期查看当天的零工岗位，为居民报名、签到签退，完工后由工人本人确认报酬。"
      extra={
        <PermissionGate permission="job:write">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPosting(true)}>
            快速发布零工
          </Button>
        </PermissionGate>
      }
    >
      <Alert
        type="warning"
        showIcon
        className="section-card"
        title="零工市场规则"
        description={`${GIG_RULES.join('；')}。违反的发布会被拒绝并留痕。`}
      />
      <Form layout="inline" className="filters" role="search" aria-label="筛选零工">
        <Form.Item label="日期" htmlFor="gig-date">
          <DatePicker
            id="gig-date"
            value={dayjs(date)}
            allowClear={false}
            onChange={(d) => set('date', d ? d.format('YYYY-MM-DD') : undefined)}
          />
        </Form.Item>
        <Form.Item label="乡镇" htmlFor="gig-town">
          <RegionPicker
            id="gig-town"
            levels={TOWN_LEVEL}
            allowClear
            placeholder="全部乡镇"
            value={townCode}
            onChange={(code) => set('town', code)}
          />
        </Form.Item>
      </Form>
      {jobs.isError ? (
        <LoadError error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : (jobs.data?.items.length ?? 0) === 0 && !jobs.isPending ? (
        <Empty description="这一天没有零工岗位" />
      ) : (
        <Row gutter={[12, 12]}>
          {(jobs.data?.items ?? []).map((job: Job) => (
            <Col key={job.id} xs={24} md={12} xl={8}>
              <Card
                size="small"
                title={
                  <h2 className="card-heading">
                    <Link to={`/jobs/${job.id}`}>{job.title}</Link>
                  </h2>
                }
              >
                <p>
                  {formatPay(job.payMinFen, job.payMaxFen, job.payUnit)} · {job.employerName}
                </p>
                <p>{job.address}</p>
                <GigSignups job={job} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <GigPostModal open={posting} onClose={() => setPosting(false)} date={date} />
    </PageContainer>
  );
}
