import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { BRAND_MARK, CIRCLE_MARK, SITE_KIND_LABELS, SITE_ZONE_LABELS } from '@jobcircle/domain';
import { Alert, Button } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PublicUrlMissing } from '../../../components/PublicUrlMissing.tsx';
import { ServiceItemModules } from '../../../components/ServiceItemModules.tsx';
import { formatOpeningHours } from '../../../lib/format.ts';
import { usePublicUrl } from '../../../lib/public-url.ts';
import { useSite } from '../../../lib/queries/get-site.ts';
import { usePublicConfig } from '../../../lib/queries/public-config.ts';
import { QrImage } from '../components/QrImage.tsx';

/** The site's A4 poster: the unified marks, the items offered, opening hours and QR codes. */
export default function SitePosterPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const site = useSite(id);
  const config = usePublicConfig();
  const { url: publicUrl, missing } = usePublicUrl(`/s/${id}`);

  useEffect(() => {
    document.title = site.data ? `站点海报 · ${site.data.name}` : '站点海报 · 崇心乐业';
  }, [site.data]);

  if (site.isPending) return <PageLoading />;
  if (site.isError) return <LoadError error={site.error} onRetry={() => void site.refetch()} />;
  const data = site.data;
  const hours = formatOpeningHours(data.openingHours);
  const platforms = config.data?.externalPlatforms ?? [];

  return (
    <div className="poster-screen">
      <div className="poster-toolbar" role="toolbar" aria-label="海报操作">
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(`/sites/${data.id}`)}>
          返回站点
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印（A4）
        </Button>
        {data.isActive ? null : <Alert type="warning" showIcon title="此站点已停用，公开页面扫码后将无法打开。" />}
        {missing ? <PublicUrlMissing /> : null}
      </div>
      <main className="poster" aria-label="A4 站点海报">
        <header className="poster-head">
          <span className="poster-logo" aria-hidden="true" />
          <div>
            <p className="poster-circle">{CIRCLE_MARK}</p>
            <p className="poster-brand">{BRAND_MARK}</p>
          </div>
        </header>
        <h1 className="poster-name">{data.name}</h1>
        <p className="poster-kind">
          {SITE_KIND_LABELS[data.kind]} · 崇明区{data.townName}
          {data.villageName ? data.villageName : ''}
        </p>
        <section className="poster-items" aria-labelledby="poster-items-title">
          <h2 id="poster-items-title">服务事项</h2>
          <div className="poster-modules">
            <ServiceItemModules itemNos={data.serviceItems} className="poster-module" />
          </div>
        </section>
        <section className="poster-info" aria-label="开放时间与地址">
          <div>
            <h2>开放时间</h2>
            {hours.length > 0 ? hours.map((line) => <p key={line}>{line}</p>) : <p>请电话咨询</p>}
            {data.openingHours.note ? <p>{data.openingHours.note}</p> : null}
          </div>
          <div>
            <h2>地址</h2>
            <p>{data.address}</p>
            {data.contactPhone ? (
              <>
                <h2>电话</h2>
                <p>{data.contactPhone}</p>
              </>
            ) : null}
            {data.zones.length > 0 ? <p>设有：{data.zones.map((zone) => SITE_ZONE_LABELS[zone]).join('、')}</p> : null}
          </div>
        </section>
        <section className="poster-qr" aria-label="扫码">
          {publicUrl ? (
            <figure>
              <QrImage value={publicUrl} label="本站点信息" size={180} />
              <figcaption>扫码查看本站点</figcaption>
            </figure>
          ) : null}
          {platforms.map((platform) => (
            <figure key={platform.url}>
              <QrImage value={platform.url} label={platform.name} size={180} />
              <figcaption>{platform.name}</figcaption>
            </figure>
          ))}
        </section>
        <footer className="poster-foot">就业服务热线 12333 · 管理单位：{data.managingUnit}</footer>
      </main>
    </div>
  );
}
