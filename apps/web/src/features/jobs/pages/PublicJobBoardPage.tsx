import { EnvironmentOutlined } from '@ant-design/icons';
import { formatPay, JOB_KIND_LABELS, JOB_KINDS, type JobKind } from '@jobcircle/domain';
import { Button, Empty, Result, Select, Spin } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { TOWN_SEATS } from '../../../components/map/town-seats.ts';
import { errorMessage } from '../../../lib/api.ts';
import { usePublicJobs } from '../api/public-jobs.ts';
import { OCCUPATION_OPTIONS } from '../components/job-options.ts';
import { PublicJobFrame } from '../components/PublicJobFrame.tsx';

const TOWN_OPTIONS = TOWN_SEATS.map((town) => ({ value: town.code, label: town.name }));
const KIND_OPTIONS = JOB_KINDS.map((kind) => ({ value: kind, label: JOB_KIND_LABELS[kind] }));
// The public filter offers the 大类 and 中类 (the codes a person recognises); a job matches its parents.
const OCCUPATION_GROUP_OPTIONS = OCCUPATION_OPTIONS.filter((o) => o.value.split('-').length <= 2);
const townName = (code: string) => TOWN_SEATS.find((t) => t.code === code)?.name ?? '';

/** The public job board (no sign-in, phone first): open jobs by town, kind and occupation. */
export default function PublicJobBoardPage() {
  const [params, setParams] = useSearchParams();
  const townCode = params.get('town') ?? undefined;
  const kind = (JOB_KINDS as readonly string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as JobKind) : undefined;
  const occupation = params.get('occupation') ?? undefined;
  const siteId = params.get('site') ?? undefined;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const jobs = usePublicJobs({ townCode, kind, occupation, siteId, page, pageSize: 20 });

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <PublicJobFrame title="招聘岗位">
      <h1 className="public-title">招聘岗位</h1>
      <p className="public-kind">由各就业服务站（点）募集并核实，应聘请联系募集站点，求职不收取任何费用。</p>
      <search className="public-filters" aria-label="筛选岗位">
        <label className="public-filter" htmlFor="board-town">
          <span>乡镇</span>
          <Select
            id="board-town"
            allowClear
            placeholder="全部乡镇"
            value={townCode}
            onChange={(v) => set('town', v)}
            options={TOWN_OPTIONS}
          />
        </label>
        <label className="public-filter" htmlFor="board-kind">
          <span>类型</span>
          <Select id="board-kind" allowClear placeholder="全部类型" value={kind} onChange={(v) => set('kind', v)} options={KIND_OPTIONS} />
        </label>
        <label className="public-filter" htmlFor="board-occupation">
          <span>职业</span>
          <Select
            id="board-occupation"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="全部职业"
            value={occupation}
            onChange={(v) => set('occupation', v)}
            options={OCCUPATION_GROUP_OPTIONS}
          />
        </label>
      </search>
      {jobs.isPending ? (
        <div role="status" className="public-loading">
          <Spin /> 正在加载…
        </div>
      ) : jobs.isError ? (
        <Result
          status="warning"
          title={<h2 className="result-title">加载失败</h2>}
          subTitle={errorMessage(jobs.error)}
          extra={
            <Button type="primary" onClick={() => void jobs.refetch()}>
              重试
            </Button>
          }
        />
      ) : jobs.data.items.length === 0 ? (
        <Empty description="暂无符合条件的岗位" />
      ) : (
        <>
          <p aria-live="polite">共 {jobs.data.total} 个岗位</p>
          <ul className="public-job-list">
            {jobs.data.items.map((job) => (
              <li key={job.id} className="public-job-card">
                <Link to={`/j/${job.id}`} className="public-job-link">
                  <span className="public-job-title">{job.title}</span>
                  <span className="public-job-pay">{formatPay(job.payMinFen, job.payMaxFen, job.payUnit)}</span>
                  <span className="public-job-meta">
                    {JOB_KIND_LABELS[job.kind]} · 招 {job.headcount} 人 · {job.employerName}
                  </span>
                  <span className="public-job-meta">
                    <EnvironmentOutlined aria-hidden="true" /> {townName(job.townCode)} {job.address}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {jobs.data.total > page * 20 ? (
            <Button
              block
              size="large"
              onClick={() => {
                const next = new URLSearchParams(params);
                next.set('page', String(page + 1));
                setParams(next);
              }}
            >
              下一页
            </Button>
          ) : null}
        </>
      )}
    </PublicJobFrame>
  );
}
