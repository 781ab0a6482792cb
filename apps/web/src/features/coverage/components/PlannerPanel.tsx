import { EXACT_STATUS_LABELS, ISLAND_LABELS, type PlanBody, type PlanCandidate, type PlanResult } from '@jobcircle/domain';
import { Alert, App, Button, Card, Checkbox, Col, Flex, InputNumber, Progress, Row, Slider, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../lib/api.ts';
import { type CoverageFilter, useDownloadPlan, usePlan } from '../api/coverage.ts';
import { parseCandidatesCsv, percent } from './coverage-view.ts';

interface PlannerPanelProps {
  filter: CoverageFilter;
  candidates: PlanCandidate[];
  onCandidatesChange: (candidates: PlanCandidate[]) => void;
  picking: boolean;
  onPickingChange: (picking: boolean) => void;
  plan: PlanResult | null;
  onPlan: (plan: PlanResult | null) => void;
  villageName: (code: string) => string;
}

/**
 * While the exact solve runs: the seconds spent against its time limit (HiGHS reports nothing until
 * it ends; it stops at the limit with its best plan and the gap).
 */
function SolveProgress({ limitSeconds }: { limitSeconds: number }) {
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, []);
  const seconds = Math.min(limitSeconds, Math.floor((now - startedAt) / 1000));
  return (
    <div role="status" aria-live="polite" style={{ marginTop: 12 }}>
      <Typography.Text>
        精确求解中：已用 {seconds} 秒，最多 {limitSeconds} 秒（到时限返回当前最好方案和差距）
      </Typography.Text>
      <Progress percent={Math.round((seconds / limitSeconds) * 100)} showInfo={false} aria-label="精确求解用时" />
    </div>
  );
}

/**
 * Where the next k points or outposts would cover the most uncovered labour force: candidates from a
 * CSV or clicked on the map; the heuristic at once, the exact solve (HiGHS) on request.
 */
export function PlannerPanel({
  filter,
  candidates,
  onCandidatesChange,
  picking,
  onPickingChange,
  plan,
  onPlan,
  villageName,
}: PlannerPanelProps) {
  const { message } = App.useApp();
  const [k, setK] = useState(3);
  const [exact, setExact] = useState(false);
  const [timeLimit, setTimeLimit] = useState(30);
  const [badRows, setBadRows] = useState<number[]>([]);
  const run = usePlan();
  const download = useDownloadPlan();
  const body: PlanBody = {
    mode: filter.mode,
    item: filter.item,
    threshold: filter.threshold,
    k,
    candidates,
    exact,
    timeLimitSeconds: timeLimit,
  };

  return (
    <Flex vertical gap="middle">
      <Card title="候选地点" size="small">
        <Flex vertical gap="small">
          <label htmlFor="planner-candidates-file">从 CSV 导入候选地点（列：名称,经度,纬度；WGS-84）</label>
          <input
            id="planner-candidates-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              void file.text().then((text) => {
                const parsed = parseCandidatesCsv(text);
                setBadRows(parsed.badRows);
                onCandidatesChange([...candidates, ...parsed.candidates]);
                onPlan(null);
              });
            }}
          />
          {badRows.length > 0 ? <Alert type="warning" showIcon title={`以下行无法读取，已跳过：第 ${badRows.join('、')} 行`} /> : null}
          <Flex wrap gap="small">
            <Button aria-pressed={picking} onClick={() => onPickingChange(!picking)}>
              {picking ? '停止添加' : '在地图上点击添加候选点'}
            </Button>
            <Button
              danger
              disabled={candidates.length === 0}
              onClick={() => {
                onCandidatesChange([]);
                onPlan(null);
              }}
            >
              清空候选地点
            </Button>
          </Flex>
          <Table<PlanCandidate & { index: number }>
            size="small"
            rowKey="index"
            dataSource={candidates.map((c, index) => ({ ...c, index }))}
            pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (total) => `共 ${total} 处候选地点` }}
            scroll={{ x: 480 }}
            columns={[
              { title: '名称', dataIndex: 'name', key: 'name' },
              { title: '经度', dataIndex: 'lng', key: 'lng' },
              { title: '纬度', dataIndex: 'lat', key: 'lat' },
              {
                title: '操作',
                key: 'remove',
                render: (_, row) => (
                  <Button
                    type="link"
                    aria-label={`删除候选地点 ${row.name}`}
                    onClick={() => {
                      onCandidatesChange(candidates.filter((_, i) => i !== row.index));
                      onPlan(null);
                    }}
                  >
                    删除
                  </Button>
                ),
              },
            ]}
          />
        </Flex>
      </Card>
      <Card title="规划" size="small">
        <Row gutter={16} align="middle">
          <Col xs={24} md={12}>
            <Typography.Text id="planner-k-label">新增站点数 k = {k}</Typography.Text>
            <Slider min={1} max={20} value={k} onChange={setK} ariaLabelledByForHandle="planner-k-label" />
          </Col>
          <Col xs={24} md={12}>
            <Flex wrap gap="small" align="center">
              <Checkbox checked={exact} onChange={(event) => setExact(event.target.checked)}>
                同时精确求解（HiGHS，给出启发式与最优的差距）
              </Checkbox>
              <label htmlFor="planner-time-limit">时间上限（秒）</label>
              <InputNumber<number>
                id="planner-time-limit"
                min={1}
                max={120}
                value={timeLimit}
                onChange={(v) => setTimeLimit(v ?? 30)}
                disabled={!exact}
              />
            </Flex>
          </Col>
        </Row>
        <Flex wrap gap="small" style={{ marginTop: 12 }}>
          <Button
            type="primary"
            disabled={candidates.length === 0}
            loading={run.isPending}
            onClick={() => run.mutate(body, { onSuccess: onPlan })}
          >
            {run.isPending && exact ? '正在求解…' : '运行规划'}
          </Button>
          <Button
            disabled={!plan}
            loading={download.isPending}
            onClick={() => download.mutate(body, { onSuccess: (name) => void message.success(`已下载 ${name}`) })}
          >
            导出 xlsx
          </Button>
        </Flex>
        {run.isPending && exact ? <SolveProgress limitSeconds={timeLimit} /> : null}
        {run.isError ? <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorMessage(run.error)} /> : null}
        {download.isError ? <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorMessage(download.error)} /> : null}
      </Card>
      {plan ? <PlanResultView plan={plan} villageName={villageName} /> : null}
    </Flex>
  );
}

function PlanResultView({ plan, villageName }: { plan: PlanResult; villageName: (code: string) => string }) {
  const rows = [
    { key: 'before', label: '规划前', figures: plan.before },
    { key: 'after', label: '规划后', figures: plan.after },
  ];
  return (
    <Card title="规划结果" size="small">
      <Flex vertical gap="small">
        <Typography.Text>
          从 {plan.candidateCount} 处候选地点中选出 {plan.chosen.length} 处，新覆盖劳动力 {plan.heuristic.objective} 人（启发式用时{' '}
          {plan.heuristic.milliseconds} 毫秒{plan.source === 'exact' ? '；图表按精确解' : ''}）。
        </Typography.Text>
        {plan.exact ? (
          <Alert
            type={plan.exact.status === 'optimal' ? 'success' : plan.exact.status === 'time_limit' ? 'warning' : 'error'}
            showIcon
            title={`精确求解：${EXACT_STATUS_LABELS[plan.exact.status]}，目标值 ${plan.exact.objective ?? '—'}，启发式差距 ${percent(plan.exact.heuristicGap)}，用时 ${plan.exact.seconds.toFixed(1)} 秒`}
          />
        ) : null}
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rows}
          scroll={{ x: 560 }}
          columns={[
            { title: '', dataIndex: 'label', key: 'label' },
            { title: '人口覆盖率', key: 'p', render: (_, r) => percent(r.figures.populationShare) },
            {
              title: '劳动力覆盖率',
              key: 'l',
              render: (_, r) => `${percent(r.figures.labourForceShare)}（${r.figures.coveredLabourForce}）`,
            },
            { title: '未覆盖村居', key: 'u', render: (_, r) => r.figures.uncoveredVillageCount },
            { title: '近似位置人口占比', key: 'a', render: (_, r) => percent(r.figures.approximateShare) },
          ]}
        />
        <Table
          size="small"
          pagination={false}
          rowKey="index"
          dataSource={plan.chosen}
          scroll={{ x: 560 }}
          columns={[
            { title: '选中地点', dataIndex: 'name', key: 'name' },
            { title: '所在岛', key: 'island', render: (_, c) => ISLAND_LABELS[c.island] },
            { title: '新覆盖劳动力', dataIndex: 'labourForce', key: 'labour' },
            { title: '新覆盖村居', key: 'villages', render: (_, c) => c.villageCodes.map(villageName).join('、') || '—' },
          ]}
        />
      </Flex>
    </Card>
  );
}
