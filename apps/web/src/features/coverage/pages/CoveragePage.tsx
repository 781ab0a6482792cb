import { COVERAGE_MODE_LABELS, COVERAGE_MODES, type CoverageMode, type PlanCandidate, type PlanResult } from '@jobcircle/domain';
import { Col, Form, InputNumber, Row, Select, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { LoadError } from '../../../components/LoadError.tsx';
import { type MapPlace, PlaceMap } from '../../../components/map/PlaceMap.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { useCan } from '../../../lib/auth.ts';
import { usePublicConfig } from '../../../lib/queries/public-config.ts';
import { optionsOf, SERVICE_ITEM_GROUP_OPTIONS } from '../../../lib/service-item-options.ts';
import { type CoverageFilter, useCoverage } from '../api/coverage.ts';
import { CoverageFiguresView } from '../components/CoverageFiguresView.tsx';
import { CANDIDATE_COLOR, CHOSEN_COLOR, colorOfMinutes, MINUTE_BANDS, UNREACHABLE_COLOR } from '../components/coverage-view.ts';
import { PlannerPanel } from '../components/PlannerPanel.tsx';
import { TownCoverageTable } from '../components/TownCoverageTable.tsx';
import { VillageCentreEditor } from '../components/VillageCentreEditor.tsx';
import { VillageCoverageTable } from '../components/VillageCoverageTable.tsx';

const MODE_OPTIONS = optionsOf(COVERAGE_MODES, COVERAGE_MODE_LABELS);

interface CoverageMapPlace extends MapPlace {
  detail: string;
}

/** 覆盖分析: who is more than 15 minutes from help, per town and village, and where the next point would help most. */
export default function CoveragePage() {
  const canPlan = useCan('coverage:plan');
  const { data: config } = usePublicConfig();
  const [filter, setFilter] = useState<CoverageFilter>({ mode: 'walk', item: undefined, threshold: 15 });
  const coverage = useCoverage(filter);
  const report = coverage.data;
  const [tab, setTab] = useState('villages');
  const [picking, setPicking] = useState<'centre' | 'candidate' | null>(null);
  const [picked, setPicked] = useState<{ lng: number; lat: number } | null>(null);
  const [candidates, setCandidates] = useState<PlanCandidate[]>([]);
  const [plan, setPlan] = useState<PlanResult | null>(null);

  const villageNames = useMemo(() => new Map((report?.villages ?? []).map((v) => [v.villageCode, v.villageName])), [report]);
  const places = useMemo<CoverageMapPlace[]>(() => {
    const villages = (report?.villages ?? []).map((v) => ({
      id: v.villageCode,
      name: `${v.villageName}：${v.minutes === null ? '无法到达' : `${v.minutes.toFixed(1)} 分钟`}${v.approximate ? '（近似位置）' : ''}`,
      lng: v.point?.lng ?? null,
      lat: v.point?.lat ?? null,
      color: colorOfMinutes(v.minutes),
      radius: v.approximate ? 4 : 7,
      detail: `${v.townName} · 人口 ${v.population} · 劳动力 ${v.labourForce}${v.nearestSiteName ? ` · 最近站点 ${v.nearestSiteName}` : ''}`,
    }));
    const chosen = new Set(plan?.chosen.map((c) => c.index) ?? []);
    const candidatePlaces =
      tab === 'planner'
        ? candidates.map((c, index) => ({
            id: `candidate-${index}`,
            name: `${chosen.has(index) ? '规划选中' : '候选'}：${c.name}`,
            lng: c.lng,
            lat: c.lat,
            color: chosen.has(index) ? CHOSEN_COLOR : CANDIDATE_COLOR,
            radius: chosen.has(index) ? 10 : 5,
            detail: chosen.has(index) ? '规划选中的新站点' : '候选地点',
          }))
        : [];
    return [...villages, ...candidatePlaces];
  }, [report, candidates, plan, tab]);

  const onPick = (lng: number, lat: number) => {
    if (picking === 'centre') setPicked({ lng, lat });
    if (picking === 'candidate') {
      setCandidates([...candidates, { name: `地图点选 ${candidates.length + 1}`, lng, lat }]);
      setPlan(null);
    }
  };

  const legend = [
    ...MINUTE_BANDS.map((band) => ({ color: band.color, label: band.label })),
    { color: UNREACHABLE_COLOR, label: '无法到达（隔水或无站点）' },
    ...(tab === 'planner'
      ? [
          { color: CANDIDATE_COLOR, label: '候选地点' },
          { color: CHOSEN_COLOR, label: '规划选中' },
        ]
      : []),
  ];

  return (
    <PageContainer
      title="覆盖分析"
      description="15分钟就业服务圈：各村居到最近的在用站点（提供所选事项）所需时间，按直线距离 × 绕行系数 ÷ 出行速度估算；三岛之间不跨水。小圆点为尚未标注中心点、按乡镇驻地近似计算的村居。"
    >
      <Form layout="vertical" className="filters" role="search" aria-label="覆盖分析条件">
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item label="出行方式" htmlFor="coverage-mode">
              <Select<CoverageMode>
                id="coverage-mode"
                value={filter.mode}
                options={MODE_OPTIONS}
                onChange={(mode) => setFilter({ ...filter, mode })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item label="服务事项" htmlFor="coverage-item">
              <Select<number>
                id="coverage-item"
                allowClear
                placeholder="任一事项（所有在用站点）"
                value={filter.item}
                options={SERVICE_ITEM_GROUP_OPTIONS}
                onChange={(item) => setFilter({ ...filter, item: item ?? undefined })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label="时间门槛（分钟）" htmlFor="coverage-threshold">
              <InputNumber<number>
                id="coverage-threshold"
                min={1}
                max={120}
                value={filter.threshold}
                style={{ width: '100%' }}
                onChange={(threshold) => setFilter({ ...filter, threshold: threshold ?? 15 })}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {coverage.isError ? <LoadError error={coverage.error} onRetry={() => void coverage.refetch()} /> : null}
      {report ? (
        <>
          <Typography.Paragraph type="secondary">
            {COVERAGE_MODE_LABELS[report.mode]} {report.model.speedKmh} km/h，绕行系数 {report.model.detourFactor}（
            {report.model.detourSource}）；参与计算的站点 {report.siteCount} 个。
          </Typography.Paragraph>
          <CoverageFiguresView figures={report.figures} title="辖区合计" />
          <div style={{ marginTop: 16 }}>
            <PlaceMap<CoverageMapPlace>
              label="各村居到最近站点所需时间地图"
              noun="村居"
              height="min(65vh, 600px)"
              tileSource={config?.tileSource ?? null}
              places={places}
              legend={legend}
              fit={false}
              renderPopup={(place) => (
                <div className="map-popup">
                  <strong>{place.name}</strong>
                  <div>{place.detail}</div>
                </div>
              )}
              {...(picking ? { onPick } : {})}
            />
            {picking ? (
              <Typography.Text strong role="status">
                {picking === 'centre' ? '点击地图设置村居中心点' : '点击地图添加候选地点'}
              </Typography.Text>
            ) : null}
          </div>
          <Tabs
            activeKey={tab}
            onChange={(key) => {
              setTab(key);
              setPicking(null);
            }}
            items={[
              { key: 'villages', label: '村居', children: <VillageCoverageTable villages={report.villages} /> },
              { key: 'towns', label: '乡镇', children: <TownCoverageTable towns={report.towns} /> },
              ...(canPlan
                ? [
                    {
                      key: 'centres',
                      label: '标注村居中心',
                      children: (
                        <VillageCentreEditor
                          villages={report.villages}
                          picked={picked}
                          picking={picking === 'centre'}
                          onPickingChange={(on: boolean) => setPicking(on ? 'centre' : null)}
                        />
                      ),
                    },
                    {
                      key: 'planner',
                      label: '新站点规划',
                      children: (
                        <PlannerPanel
                          filter={filter}
                          candidates={candidates}
                          onCandidatesChange={setCandidates}
                          picking={picking === 'candidate'}
                          onPickingChange={(on: boolean) => setPicking(on ? 'candidate' : null)}
                          plan={plan}
                          onPlan={setPlan}
                          villageName={(code) => villageNames.get(code) ?? code}
                        />
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      ) : coverage.isPending ? (
        <Typography.Paragraph>正在计算覆盖情况…</Typography.Paragraph>
      ) : null}
    </PageContainer>
  );
}
