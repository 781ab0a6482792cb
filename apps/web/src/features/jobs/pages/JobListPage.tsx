import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { formatPay, JOB_KINDS, JOB_STATES, type Job, type JobKind, type JobState } from '@jobcircle/domain';
import { App, Button, Form, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FilterBar, FilterColumn, SearchFilter, SelectFilter } from '../../../components/FilterFields.tsx';
import { dateTimeColumn, sortableColumn } from '../../../components/ListColumns.tsx';
import { TOWN_SEATS } from '../../../components/map/town-seats.ts';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { RegionPicker } from '../../../components/RegionPicker.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { oneOf } from '../../../lib/list-params.ts';
import { useServerList } from '../../../lib/server-list.ts';
import { useDownloadJobs } from '../api/export-jobs.ts';
import { useJobs } from '../api/list-jobs.ts';
import { JobImportModal } from '../components/JobImportModal.tsx';
import { JobKindTag, JobStateTag } from '../components/JobTags.tsx';
import { JOB_KIND_OPTIONS, JOB_STATE_OPTIONS, occupationLabel } from '../components/job-options.ts';
import { ReferralTable } from '../components/ReferralTable.tsx';

const TOWN_LEVEL = ['town'] as const;
const townName = (code: string) => TOWN_SEATS.find((t) => t.code === code)?.name ?? code;

/** Jobs collected in the actor's area and the district's open jobs, with filters. */
export default function JobListPage() {
  const navigate = useNavigate();
  const list = useServerList(
    (params) => ({
      q: params.q,
      state: oneOf(params.state, JOB_STATES),
      kind: oneOf(params.kind, JOB_KINDS),
      townCode: params.townCode,
      occupation: params.occupation,
      employerId: params.employerId,
      sort: oneOf(params.sort, ['updatedAt', 'validTo', 'title', 'payMaxFen'] as const),
    }),
    useJobs,
  );
  const { params } = list;
  const download = useDownloadJobs();
  const { message } = App.useApp();
  const [importing, setImporting] = useState(false);

  const columns: TableColumnsType<Job> = [
    sortableColumn(params, 'title', '岗位', { render: (title: string, job) => <Link to={`/jobs/${job.id}`}>{title}</Link> }),
    { title: '用人单位', dataIndex: 'employerName', key: 'employerName' },
    { title: '类型', dataIndex: 'kind', key: 'kind', render: (kind: JobKind) => <JobKindTag kind={kind} /> },
    { title: '职业', dataIndex: 'occupationCode', key: 'occupationCode', render: occupationLabel, responsive: ['lg'] },
    { title: '乡镇', dataIndex: 'townCode', key: 'townCode', render: townName, responsive: ['md'] },
    sortableColumn(params, 'payMaxFen', '薪酬', { render: (_v: number, job) => formatPay(job.payMinFen, job.payMaxFen, job.payUnit) }),
    { title: '人数', key: 'headcount', render: (_v, job) => `${job.hiredCount}/${job.headcount}`, responsive: ['md'] },
    { title: '状态', dataIndex: 'state', key: 'state', render: (state: JobState) => <JobStateTag state={state} /> },
    sortableColumn(params, 'validTo', '截止日期', { responsive: ['md'] }),
    dateTimeColumn(params, 'updatedAt', '更新时间', 'xl'),
  ];

  return (
    <PageContainer
      title={params.employerId ? `岗位（${list.result.data?.items[0]?.employerName ?? '该单位'}）` : '岗位'}
      description="走访募集和单位提供的全日制、非全日制、公益性岗位和零工；招聘中的岗位在公开岗位页展示。"
      extra={
        <>
          <Button onClick={() => void navigate('/j')}>公开岗位页</Button>
          <Button
            loading={download.isPending}
            onClick={() =>
              download.mutate(list.filter, {
                onSuccess: (name) => void message.success(`已导出：${name}`),
                onError: (error) => void message.error(errorMessage(error)),
              })
            }
          >
            导出岗位信息表
          </Button>
          <PermissionGate permission="job:write">
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              导入岗位
            </Button>
          </PermissionGate>
          <PermissionGate permission="job:write">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/jobs/new')}>
              募集岗位
            </Button>
          </PermissionGate>
        </>
      }
    >
      <FilterBar
        list={list}
        label="筛选岗位"
        moreNames={['kind', 'townCode']}
        more={
          <>
            <SelectFilter list={list} id="job-kind" label="类型" name="kind" placeholder="全部类型" options={JOB_KIND_OPTIONS} />
            <FilterColumn>
              <Form.Item label="乡镇" htmlFor="job-town">
                <RegionPicker
                  id="job-town"
                  levels={TOWN_LEVEL}
                  allowClear
                  placeholder="全部乡镇"
                  value={params.townCode}
                  onChange={(code) => list.update({ townCode: code })}
                />
              </Form.Item>
            </FilterColumn>
          </>
        }
      >
        <SearchFilter list={list} id="job-q" label="岗位名称" />
        <SelectFilter list={list} id="job-state" label="状态" name="state" placeholder="全部状态" options={JOB_STATE_OPTIONS} />
      </FilterBar>
      <ServerTable<Job> {...list.table} columns={columns} totalText={(total) => `共 ${total} 个岗位`} emptyText="没有符合条件的岗位" />
      <JobImportModal open={importing} onClose={() => setImporting(false)} />
      {params.employerId ? <ReferralTable filter={{ employerId: params.employerId }} title="推荐到该单位的居民和结果" /> : null}
    </PageContainer>
  );
}
