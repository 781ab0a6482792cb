import { SITE_KINDS } from '@jobcircle/domain';
import { Alert, Form, List, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { SelectFilter } from '../../../components/FilterFields.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { SiteMap } from '../../../components/map/SiteMap.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { RegionFilterFields } from '../../../components/RegionFilterFields.tsx';
import { oneOf, useListParams } from '../../../lib/list-params.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { usePublicConfig } from '../../../lib/queries/public-config.ts';
import { SiteKindTag } from '../components/SiteTags.tsx';
import { SITE_KIND_OPTIONS } from '../components/site-options.ts';

const MAP_FILTER_COLUMN = { md: 8 };

/** The site network on a map drawn from the project's own data; online tiles only when configured. */
export default function SiteMapPage() {
  const [params, update] = useListParams();
  const filters = { params, update };
  const { data: config } = usePublicConfig();
  const sites = useAllSites({ isActive: true, kind: oneOf(params.kind, SITE_KINDS), townCode: params.townCode });
  const all = sites.data ?? [];
  const unplaced = all.filter((site) => site.lng == null || site.lat == null);

  return (
    <PageContainer title="站点地图">
      <Form layout="vertical" className="filters" role="search" aria-label="筛选地图上的站点">
        <Row gutter={12}>
          <SelectFilter
            list={filters}
            id="map-kind"
            label="站点类型"
            name="kind"
            col={MAP_FILTER_COLUMN}
            placeholder="全部类型"
            options={SITE_KIND_OPTIONS}
          />
          <RegionFilterFields idPrefix="map" list={filters} villages={false} col={MAP_FILTER_COLUMN} />
        </Row>
      </Form>
      {sites.isError ? <LoadError error={sites.error} onRetry={() => void sites.refetch()} /> : null}
      <Typography.Paragraph>
        {sites.isPending ? '正在加载站点…' : `共 ${all.length} 个在用站点，其中 ${all.length - unplaced.length} 个已标注位置。`}
      </Typography.Paragraph>
      <SiteMap
        label="崇明区就业服务站点分布图"
        height="min(70vh, 640px)"
        tileSource={config?.tileSource ?? null}
        sites={all}
        renderPopup={(site) => {
          const full = all.find((s) => s.id === site.id);
          return (
            <div className="map-popup">
              <strong>{site.name}</strong>
              <div>
                <SiteKindTag kind={site.kind} />
              </div>
              {full ? <div>{full.address}</div> : null}
              <Link to={`/sites/${site.id}`}>查看站点</Link>
            </div>
          );
        }}
      />
      {unplaced.length > 0 ? (
        <>
          <Alert type="warning" showIcon title={`${unplaced.length} 个站点尚未标注位置，未显示在地图上：`} style={{ marginTop: 16 }} />
          <List
            size="small"
            dataSource={unplaced}
            renderItem={(site) => (
              <List.Item>
                <Link to={`/sites/${site.id}`}>{site.name}</Link>（{site.townName}
                {site.villageName ? ` / ${site.villageName}` : ''}）
              </List.Item>
            )}
          />
        </>
      ) : null}
    </PageContainer>
  );
}
