import { COVERAGE_IMPORT_KINDS, type CoverageImportKind, type CoverageImportReport, type CoverageVillage } from '@jobcircle/domain';
import { Alert, App, Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { FormBanner } from '../../../components/form/FormBanner.tsx';
import { useServerForm } from '../../../lib/versioned-edit.ts';
import { useCoverageImport, usePutVillageCentre, useVillageCentres } from '../api/coverage.ts';

interface Values {
  villageCode?: string;
  lng?: number | null;
  lat?: number | null;
  source?: string;
}

const LABELS = { villageCode: '村居', lng: '经度', lat: '纬度', source: '来源' };
const IMPORT_LABELS: Record<CoverageImportKind, string> = {
  'village-centres': '村居中心点（code,longitude,latitude,source）',
  'village-populations': '村居人口（code,population,labour_force,source,year）',
};

/** Places a village's centre (typed in, or picked on the map above) and imports centres or population from CSV. */
export function VillageCentreEditor({
  villages,
  picked,
  picking,
  onPickingChange,
}: {
  villages: CoverageVillage[];
  picked: { lng: number; lat: number } | null;
  picking: boolean;
  onPickingChange: (picking: boolean) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const centres = useVillageCentres(true);
  const save = usePutVillageCentre();
  const server = useServerForm({ form, mutation: save, labels: LABELS });

  useEffect(() => {
    if (picked) form.setFieldsValue({ lng: picked.lng, lat: picked.lat });
  }, [picked, form]);

  const onFinish = (values: Values) => {
    const villageCode = values.villageCode ?? '';
    const current = centres.data?.find((centre) => centre.villageCode === villageCode);
    server.submit(
      {
        villageCode,
        lng: values.lng ?? Number.NaN,
        lat: values.lat ?? Number.NaN,
        source: values.source || '地图标注',
        version: current?.version ?? 0,
      },
      (saved) => {
        void message.success(`已保存村居中心点（${saved.lng}, ${saved.lat}）`);
        onPickingChange(false);
      },
    );
  };

  return (
    <Flex vertical gap="middle">
      <Card title="标注村居中心点" size="small">
        <Typography.Paragraph type="secondary">
          未标注的村居按乡镇驻地计算，结果标为“近似”。选择村居后，输入坐标（WGS-84）或在上方地图上点选。
        </Typography.Paragraph>
        <FormBanner {...server.banner} onReload={() => void centres.refetch()} />
        <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="villageCode" label="村居" rules={[{ required: true, message: '请选择村居' }]}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  placeholder="选择村居"
                  options={villages.map((v) => ({
                    value: v.villageCode,
                    label: `${v.townName} / ${v.villageName}${v.approximate ? '（未标注）' : ''}`,
                  }))}
                  onChange={(code: string) => {
                    const centre = centres.data?.find((c) => c.villageCode === code);
                    form.setFieldsValue({ lng: centre?.lng ?? null, lat: centre?.lat ?? null, source: centre?.source ?? '' });
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="source" label="来源" extra="如：地图标注、区规划资源局">
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="lng" label="经度（WGS-84）" rules={[{ required: true, message: '请填写经度' }]}>
                <InputNumber<number> style={{ width: '100%' }} step={0.0001} precision={6} placeholder="121.39335" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="lat" label="纬度（WGS-84）" rules={[{ required: true, message: '请填写纬度' }]}>
                <InputNumber<number> style={{ width: '100%' }} step={0.0001} precision={6} placeholder="31.62988" />
              </Form.Item>
            </Col>
          </Row>
          <Flex wrap gap="small">
            <Button aria-pressed={picking} onClick={() => onPickingChange(!picking)}>
              {picking ? '停止地图点选' : '在地图上点选'}
            </Button>
            <Button type="primary" htmlType="submit" loading={server.submitting}>
              保存中心点
            </Button>
          </Flex>
        </Form>
      </Card>
      <CoverageImportCard />
    </Flex>
  );
}

function CoverageImportCard() {
  const { message } = App.useApp();
  const [kind, setKind] = useState<CoverageImportKind>('village-centres');
  const [csv, setCsv] = useState<string | null>(null);
  const [report, setReport] = useState<CoverageImportReport | null>(null);
  const run = useCoverageImport();

  const preview = (text: string) => {
    setCsv(text);
    setReport(null);
    run.mutate({ kind, csv: text, commit: false }, { onSuccess: setReport });
  };

  return (
    <Card title="从 CSV 导入" size="small">
      <Flex vertical gap="small">
        <Radio.Group
          aria-label="导入内容"
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as CoverageImportKind);
            setCsv(null);
            setReport(null);
          }}
          options={COVERAGE_IMPORT_KINDS.map((value) => ({ value, label: IMPORT_LABELS[value] }))}
        />
        <label htmlFor="coverage-import-file">选择 CSV 文件（UTF-8，第一行为列名）</label>
        <input
          id="coverage-import-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void file.text().then(preview);
          }}
        />
        {run.isError ? <Alert type="error" showIcon title={run.error instanceof Error ? run.error.message : '导入失败'} /> : null}
        {report ? (
          <>
            <Typography.Text>
              共 {report.totalRows} 行，其中 {report.validRows} 行无误
              {report.errors.length > 0 ? `，${report.errors.length} 处错误（有错误时不会写入任何数据）` : ''}。
            </Typography.Text>
            {report.errors.length > 0 ? (
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.field}`}
                pagination={false}
                dataSource={report.errors}
                columns={[
                  { title: '行', dataIndex: 'row', key: 'row' },
                  { title: '列', dataIndex: 'field', key: 'field' },
                  { title: '原因', dataIndex: 'reason', key: 'reason' },
                ]}
              />
            ) : null}
            <Button
              type="primary"
              disabled={report.errors.length > 0 || report.totalRows === 0 || report.written > 0 || csv === null}
              loading={run.isPending}
              onClick={() =>
                csv !== null &&
                run.mutate(
                  { kind, csv, commit: true },
                  {
                    onSuccess: (done) => {
                      setReport(done);
                      void message.success(`已导入 ${done.written} 行`);
                    },
                  },
                )
              }
            >
              确认导入
            </Button>
          </>
        ) : null}
      </Flex>
    </Card>
  );
}
