import { EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { BRAND_MARK, CIRCLE_MARK, SITE_KIND_LABELS, SITE_ZONE_LABELS } from '@jobcircle/domain';
import { Button, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { ElderModeSwitch } from '../../../components/ElderModeSwitch.tsx';
import { ServiceItemModules } from '../../../components/ServiceItemModules.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { formatOpeningHours } from '../../../lib/format.ts';
import { usePublicConfig } from '../../../lib/queries/public-config.ts';
import { usePublicSite } from '../api/public-site.ts';
import { PublicTicketForm } from '../components/PublicTicketForm.tsx';

/** The page a site's QR code opens: mobile-first, large type, no sign-in. */
export default function PublicSitePage() {
  const { id = '' } = useParams();
  const site = usePublicSite(id);
  const { data: config } = usePublicConfig();

  useEffect(() => {
    document.title = site.data ? `${site.data.publicName}` : `${CIRCLE_MARK} · ${BRAND_MARK}`;
  }, [site.data]);

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
        {site.isPending ? (
          <div role="status" className="public-loading">
            <Spin /> 正在加载…
          </div>
        ) : site.isError ? (
          <Result
            status={isApiError(site.error, 'NOT_FOUND') ? '404' : 'warning'}
            title={<h1 className="result-title">{isApiError(site.error, 'NOT_FOUND') ? '找不到这个站点' : '加载失败'}</h1>}
            subTitle={
              isApiError(site.error, 'NOT_FOUND') ? '站点可能已停用，请拨打 12333 或就近前往乡镇就业服务站咨询。' : errorMessage(site.error)
            }
            extra={
              isApiError(site.error, 'NOT_FOUND') ? null : (
                <Button type="primary" onClick={() => void site.refetch()}>
                  重试
                </Button>
              )
            }
          />
        ) : (
          <>
            <h1 className="public-title">{site.data.publicName}</h1>
            <p className="public-kind">
              {SITE_KIND_LABELS[site.data.kind]} · {site.data.townName}
              {site.data.villageName ? ` ${site.data.villageName}` : ''}
            </p>
            <section className="public-section" aria-labelledby="where">
              <h2 id="where">地址与电话</h2>
              <p>
                <EnvironmentOutlined aria-hidden="true" /> {site.data.address}
              </p>
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
              {site.data.openingHours.note ? <p>{site.data.openingHours.note}</p> : null}
              {site.data.zones.length > 0 ? <p>设有：{site.data.zones.map((zone) => SITE_ZONE_LABELS[zone]).join('、')}</p> : null}
            </section>
            <section className="public-section" aria-labelledby="jobs">
              <h2 id="jobs">本站募集的岗位</h2>
              <p>
                <Link to={`/j?site=${site.data.id}`}>查看本站募集、正在招聘的岗位</Link>
              </p>
            </section>
            <section className="public-section" aria-labelledby="items">
              <h2 id="items">可以办理的服务</h2>
              <ServiceItemModules itemNos={site.data.serviceItems} className="public-module" />
            </section>
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
