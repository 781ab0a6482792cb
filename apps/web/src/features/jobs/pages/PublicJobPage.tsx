import { EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import {
  AGE_REASON_LABELS,
  EDUCATION_LEVEL_LABELS,
  formatPay,
  JOB_BENEFIT_LABELS,
  JOB_KIND_LABELS,
  WORK_HOURS_LABELS,
} from '@jobcircle/domain';
import { Button, Result, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { QrCode } from '../../../components/QrCode.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { usePublicUrl } from '../../../lib/public-url.ts';
import { usePublicJob } from '../api/public-jobs.ts';
import { occupationLabel } from '../components/job-options.ts';
import { PublicJobFrame } from '../components/PublicJobFrame.tsx';

/** One open job, as anyone sees it from a shared link or QR code: the station's contact, never the employer's. */
export default function PublicJobPage() {
  const { id = '' } = useParams();
  const job = usePublicJob(id);
  const { url } = usePublicUrl(`/j/${id}`);
  return (
    <PublicJobFrame title={job.data?.title ?? '招聘岗位'}>
      {job.isPending ? (
        <div role="status" className="public-loading">
          <Spin /> 正在加载…
        </div>
      ) : job.isError ? (
        <Result
          status={isApiError(job.error, 'NOT_FOUND', 'VALIDATION_FAILED') ? '404' : 'warning'}
          title={
            <h1 className="result-title">
              {isApiError(job.error, 'NOT_FOUND', 'VALIDATION_FAILED') ? '该岗位已招满、关闭或过期' : '加载失败'}
            </h1>
          }
          subTitle={isApiError(job.error, 'NOT_FOUND', 'VALIDATION_FAILED') ? '看看其他招聘中的岗位吧。' : errorMessage(job.error)}
          extra={<Link to="/j">查看全部岗位</Link>}
        />
      ) : (
        <>
          <h1 className="public-title">{job.data.title}</h1>
          <p className="public-job-pay">{formatPay(job.data.payMinFen, job.data.payMaxFen, job.data.payUnit)}</p>
          <p className="public-kind">
            {JOB_KIND_LABELS[job.data.kind]} · 招 {job.data.headcount} 人 · {job.data.employerName}
          </p>
          <section className="public-section" aria-labelledby="job-what">
            <h2 id="job-what">岗位介绍</h2>
            <p style={{ whiteSpace: 'pre-wrap' }}>{job.data.description}</p>
            <p>职业：{occupationLabel(job.data.occupationCode)}</p>
            <p>
              工时：{WORK_HOURS_LABELS[job.data.workHours]}
              {[job.data.dailyHours, job.data.shifts, job.data.workDays].filter(Boolean).map((t) => ` · ${t}`)}
            </p>
            {job.data.benefits.length > 0 ? <p>福利：{job.data.benefits.map((b) => JOB_BENEFIT_LABELS[b]).join('、')}</p> : null}
            <p>
              <EnvironmentOutlined aria-hidden="true" /> {job.data.address}
            </p>
          </section>
          <section className="public-section" aria-labelledby="job-needs">
            <h2 id="job-needs">任职要求</h2>
            <p>学历：{job.data.educationMin ? `${EDUCATION_LEVEL_LABELS[job.data.educationMin]}及以上` : '不限'}</p>
            {job.data.skills.length > 0 ? <p>技能：{job.data.skills.join('、')}</p> : null}
            {job.data.certificates.length > 0 ? <p>证书：{job.data.certificates.join('、')}</p> : null}
            {job.data.experienceYears ? <p>经验：{job.data.experienceYears} 年以上</p> : null}
            {job.data.ageMin != null || job.data.ageMax != null ? (
              <p>
                年龄：{job.data.ageMin ?? ''}–{job.data.ageMax ?? ''} 岁（依据：
                {job.data.ageReason ? AGE_REASON_LABELS[job.data.ageReason] : ''}）
              </p>
            ) : null}
            {job.data.requirementsNote ? <p>{job.data.requirementsNote}</p> : null}
            <p>有效期至 {job.data.validTo}</p>
          </section>
          <section className="public-section" aria-labelledby="job-apply">
            <h2 id="job-apply">怎么应聘</h2>
            <p>请联系募集该岗位的就业服务站（点），工作人员会帮您对接单位、安排面试。求职不收取任何费用，不扣押任何证件。</p>
            <p>
              <strong>{job.data.stationName}</strong>
            </p>
            <p>
              <EnvironmentOutlined aria-hidden="true" /> {job.data.stationAddress}
            </p>
            {job.data.stationPhone ? (
              <p>
                <a className="public-call" href={`tel:${job.data.stationPhone.replace(/[^0-9+]/g, '')}`}>
                  <PhoneOutlined aria-hidden="true" /> 拨打 {job.data.stationPhone}
                </a>
              </p>
            ) : null}
            <p>
              <Link to={`/s/${job.data.siteId}`}>站点开放时间和服务</Link>
            </p>
          </section>
          {url ? (
            <section className="public-section" aria-labelledby="job-share">
              <h2 id="job-share">分享给亲友</h2>
              <QrCode value={url} label={job.data.title} size={160} />
              <p>
                <Button
                  onClick={() => {
                    void navigator.clipboard?.writeText(url);
                  }}
                >
                  复制链接
                </Button>
              </p>
            </section>
          ) : null}
          <p>
            <Link to="/j">查看全部招聘岗位</Link>
          </p>
        </>
      )}
    </PublicJobFrame>
  );
}
