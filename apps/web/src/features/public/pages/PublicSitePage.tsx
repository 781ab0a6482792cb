import { ClockCircleOutlined, EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import {
  BRAND_MARK,
  CIRCLE_MARK,
  formatPay,
  type PublicServiceItem,
  type PublicSite,
  SERVICE_MODULE_LABELS,
  SERVICE_MODULES,
  SITE_KIND_LABELS,
  SITE_ZONE_LABELS,
  shanghaiDate,
  shanghaiTime,
} from '@jobcircle/domain';
import { Button, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ElderModeSwitch } from '../../../components/ElderModeSwitch.tsx';
import { ServiceItemModules } from '../../../components/ServiceItemModules.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { formatOpeningHours } from '../../../lib/format.ts';
import { usePublicConfig } from '../../../lib/queries/public-config.ts';
import { usePublicSite } from '../api/public-site.ts';
import { usePublicServiceItems, usePublicSiteJobs, usePublicToday } from '../api/public-site-extras.ts';
import { directionsUrl, isWellFormedId, type OpenState, openState } from '../components/open-now.ts';
import { PublicTicketForm } from '../components/PublicTicketForm.tsx';

function periodsText(state: OpenState): string {
  return state.today.map((period) => `${period.open}–${period.close}`).join('、');
}

/** "开放中 / 已休息" now, from the opening hours and today's place in the working calendar. */
function OpenNow({ site }: { site: PublicSite }) {
  const today = usePublicToday();
  // Re-read the clock every minute while the page stays open.
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  if (site.openingHours.periods.length === 0) return null;
  const state = openState(site.openingHours, today.data?.date ?? shanghaiDate(now), shanghaiTime(now), today.data ?? null);
  let detail: string;
  if (state.open) detail = `今天 ${periodsText(state)}，${state.until} 下班`;
  else if (state.reason === 'holiday') detail = `今天是${state.holidayName ?? '法定节假日'}，法定节假日休息`;
  else if (state.reason === 'not_yet') detail = `今天 ${state.opensAt} 开放（${periodsText(state)}）`;
  else if (state.reason === 'over') detail = `今天已下班（${periodsText(state)}）`;
  else detail = '今天不开放';
  return (
    <p className={`public-open-state ${state.open ? 'is-open' : 'is-closed'}`} role="status">
      <ClockCircleOutlined aria-hidden="true" /> <strong>{state.open ? '开放中' : '已休息'}</strong> · {detail}
    </p>
  );
}

/** The items the site offers, in the published plain words (服务内容, 服务对象); the plan's wording until they load. */
function OfferedItems({ itemNos }: { itemNos: readonly number[] }) {
  const items = usePublicServiceItems();
  if (!items.data) return <ServiceItemModules itemNos={itemNos} className="public-module" />;
  const offered = items.data.filter((item) => itemNos.includes(item.no));
  return (
    <>
      {SERVICE_MODULES.map((module) => {
        const inModule = offered.filter((item) => item.module === module);
        if (inModule.length === 0) return null;
        return (
          <div key={module} className="public-module">
            <h3>{SERVICE_MODULE_LABELS[module]}</h3>
            <ul>
              {inModule.map((item) => (
                <li key={item.no}>
                  {item.content.replace(/。$/, '')}
                  <span className="public-item-audience">适合：{item.audience}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

/** How to book: at the desk in opening hours, by phone, or through the request form below. */
function HowToBook({ site, items }: { site: PublicSite; items: PublicServiceItem[] | undefined }) {
  const ways = [...new Set((items ?? []).filter((item) => site.serviceItems.includes(item.no)).map((item) => item.howToApply))].slice(0, 3);
  return (
    <section className="public-section" aria-labelledby="book">
      <h2 id="book">怎样预约和办理</h2>
      <ul>
        <li>开放时间内直接到站点，向首问工作人员说明需要办理的事项。</li>
        {site.contactPhone ? <li>先打电话预约：{site.contactPhone}（工作时间接听）。</li> : null}
        <li>不方便到站点：在下方“在线提交诉求”留下电话，工作人员接手后与您约定时间，行动不便的可约上门服务。</li>
        {ways.map((way) => (
          <li key={way}>{way}</li>
        ))}
      </ul>
    </section>
  );
}

/** A few of the jobs the site collected, and the way to all of them. */
function SiteJobs({ siteId }: { siteId: string }) {
  const jobs = usePublicSiteJobs(siteId, true);
  return (
    <section className="public-section" aria-labelledby="jobs">
      <h2 id="jobs">本站募集的岗位</h2>
      {jobs.data && jobs.data.items.length > 0 ? (
        <ul className="public-links">
          {jobs.data.items.map((job) => (
            <li key={job.id}>
              <Link className="public-link" to={`/j/${job.id}`}>
                {job.title} · {formatPay(job.payMinFen, job.payMaxFen, job.payUnit)}
              </Link>
            </li>
          ))}
        </ul>
      ) : jobs.data ? (
        <p>本站暂时没有正在招聘的岗位，可看看全区的岗位。</p>
      ) : null}
      <p>
        <Link to={`/j?site=${siteId}`}>
          {jobs.data && jobs.data.total > jobs.data.items.length ? `查看本站全部 ${jobs.data.total} 个岗位` : '查看正在招聘的岗位'}
        </Link>
      </p>
    </section>
  );
}

function NotFound() {
  useEffect(() => {
    document.title = `找不到这个站点 · ${BRAND_MARK}`;
  }, []);
  return (
    <Result
      status="404"
      title={<h1 className="result-title">找不到这个站点</h1>}
      subTitle="链接可能不完整，或站点已停用。请拨打就业服务热线 12333，或就近前往乡镇就业服务站咨询。"
      extra={
        <Link className="public-link" to="/j">
          查看全区正在招聘的岗位
        </Link>
      }
    />
  );
}

/** The page a site's QR code opens: mobile-first, large type, no sign-in. */
export default function PublicSitePage() {
  const { id = '' } = useParams();
  const wellFormed = isWellFormedId(id);
  const site = usePublicSite(id, wellFormed);
  const { data: config } = usePublicConfig();
  const items = usePublicServiceItems();

  useEffect(() => {
    if (site.data) document.title = site.data.publicName;
    else if (wellFormed) document.title = `${CIRCLE_MARK} · ${BRAND_MARK}`;
  }, [site.data, wellFormed]);

  const notFound = !wellFormed || (site.isError && isApiError(site.error, 'NOT_FOUND', 'VALIDATION_FAILED'));
  const directions = site.data && config ? directionsUrl(config.directionsUrl, site.data) : null;

  return (
    <div className="public-page">
      <header className="public-header">
        <div className="public-marks">
          <span className="brand-mark" aria-hidden="true" />
          <span>
            {CIRCLE_MARK} · {BRAND_MARK}
          </span>
        </div>
        <ElderModeSwitch />
      </header>
      <main className="public-main">
        {notFound ? (
          <NotFound />
        ) : site.isPending ? (
          <div role="status" className="public-loading">
            <Spin /> 正在加载…
          </div>
        ) : site.isError ? (
          <Result
            status="warning"
            title={<h1 className="result-title">加载失败</h1>}
            subTitle={errorMessage(site.error)}
            extra={
              <Button type="primary" onClick={() => void site.refetch()}>
                重试
              </Button>
            }
          />
        ) : (
          <>
            <h1 className="public-title">{site.data.publicName}</h1>
            <p className="public-kind">
              {SITE_KIND_LABELS[site.data.kind]} · {site.data.townName}
              {site.data.villageName ? ` ${site.data.villageName}` : ''}
            </p>
            <OpenNow site={site.data} />
            <section className="public-section" aria-labelledby="where">
              <h2 id="where">地址与电话</h2>
              <p>
                <EnvironmentOutlined aria-hidden="true" /> {site.data.address}
              </p>
              {directions ? (
                <p>
                  <a className="public-link" href={directions} target="_blank" rel="noopener noreferrer">
                    打开地图，导航到这里
                  </a>
                </p>
              ) : null}
              {site.data.contactPhone ? (
                <p>
                  <a className="public-call" href={`tel:${site.data.contactPhone.replace(/[^0-9+]/g, '')}`}>
                    <PhoneOutlined aria-hidden="true" /> 拨打 {site.data.contactPhone}
                  </a>
                </p>
              ) : null}
            </section>
            <section className="public-section" aria-labelledby="hours">
              <h2 id="hours">开放时间</h2>
              {formatOpeningHours(site.data.openingHours).map((line) => (
                <p key={line}>{line}</p>
              ))}
              {site.data.openingHours.periods.length === 0 ? <p>请电话咨询开放时间</p> : null}
              {site.data.openingHours.note ? <p>{site.data.openingHours.note}</p> : null}
              <p className="public-note">法定节假日休息，调休上班日照常开放。</p>
              {site.data.zones.length > 0 ? <p>设有：{site.data.zones.map((zone) => SITE_ZONE_LABELS[zone]).join('、')}</p> : null}
            </section>
            <section className="public-section" aria-labelledby="items">
              <h2 id="items">在这里可以办什么</h2>
              <OfferedItems itemNos={site.data.serviceItems} />
            </section>
            <HowToBook site={site.data} items={items.data} />
            <SiteJobs siteId={site.data.id} />
            <section className="public-section" aria-labelledby="request">
              <h2 id="request">在线提交诉求</h2>
              <p>不方便到站点？留下诉求和电话，本站工作人员接手后与您联系。</p>
              <PublicTicketForm siteId={site.data.id} itemNos={site.data.serviceItems} />
              <p className="public-note">
                已提交过？<Link to="/t">凭回执编号查询办理进度</Link>
              </p>
            </section>
            {config && config.externalPlatforms.length > 0 ? (
              <section className="public-section" aria-labelledby="online">
                <h2 id="online">网上找工作</h2>
                <ul className="public-links">
                  {config.externalPlatforms.map((platform) => (
                    <li key={platform.url}>
                      <a className="public-link" href={platform.url} rel="noopener">
                        {platform.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        )}
      </main>
      <footer className="public-footer">崇明区“15分钟就业服务圈” · 就业服务热线 12333</footer>
    </div>
  );
}
