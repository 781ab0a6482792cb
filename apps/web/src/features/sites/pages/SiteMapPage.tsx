import type { SiteKind } from '@jobcircle/domain';
import { Alert, Col, Form, List, Row, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { LoadError } from '../../../components/LoadError.tsx';
import { SiteMap } from '../../../components/map/SiteMap.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { useMe } from '../../../lib/auth.ts';
import { useListParams } from '../../../lib/list-params.ts';
import { useAllSites } from '../../../lib/queries/list-sites.ts';
import { usePublicConfig } from '../../../lib/queries/public-config.ts';
import { useRegionTree } from '../../../lib/queries/region-tree.ts';
import { regionsAt } from '../../../lib/regions.ts';
import { SiteKindTag } from '../components/SiteTags.tsx';
import { SITE_KIND_OPTIONS } from '../components/site-options.ts';

/** The site network on a map drawn from the project's own data; online tiles only when configured. */
export default function SiteMapPage() {
  const me = useMe();
  const [params, update] = useListParams();
  const { data: tree } = useRegionTree();
  const { data: config } = usePublicConfig();
  const sites = useAllSites({ isActive: true, kind: params.kind as SiteKind | undefined, townCode: params.townCode });
  const all = sites.data ?? [];
  const unplaced = all.filter((site) => site.lng == null || site.lat == null);

  return (
    <PageContainer title="站点地图">
      <Form layout="vertical" className="filters" role="search" aria-label="筛选地图上的站点">
        <Row gutter={12}>
          <Col xs={12} md={8} lg={6}>
            <Form.Item label="站点类型" htmlFor="map-kind">
              <Select
                id="map-kind"
                value={params.kind}
                allowClear
                placeholder="全部类型"
                options={SITE_KIND_OPTIONS}
                onChange={(kind) => update({ kind })}
              />
            </Form.Item>
          </Col>
          {me.regionLevel === 'district' ? (
            <Col xs={12} md={8} lg={6}>
              <Form.Item label="乡镇" htmlFor="map-town">
                <Select
                  id="map-town"
                  value={params.townCode}
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="全部乡镇"
                  options={regionsAt(tree, 'town').map((town) => ({ value: town.code, label: town.name }))}
                  onChange={(townCode) => update({ townCode })}
                />
              </Form.Item>
            </Col>
          ) : null}
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
