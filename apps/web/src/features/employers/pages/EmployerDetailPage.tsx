import { EditOutlined } from '@ant-design/icons';
import type { Employer } from '@jobcircle/domain';
import { Alert, App, Button, Descriptions, Popconfirm } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ActiveTag } from '../../../components/ActiveTag.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PlaceMap } from '../../../components/map/PlaceMap.tsx';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { PageContainer } from '../../../components/PageContainer.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { errorMessage, isApiError } from '../../../lib/api.ts';
import { EMPLOYER_COLOR } from '../../../lib/colors.ts';
import { formatCoordinate, formatDateTime } from '../../../lib/format.ts';
import { listCrumb } from '../../../lib/list-return.ts';
import { usePublicConfig } from '../../../lib/queries/public-config.ts';
import { useEmployer } from '../api/get-employer.ts';
import { useSetEmployerActive } from '../api/set-employer-active.ts';
import { ContactHistory } from '../components/ContactHistory.tsx';
import { EmployerContacts } from '../components/EmployerContacts.tsx';
import { EmployerKindTag, KeyEmployerTag } from '../components/EmployerTags.tsx';
import { industryLabel } from '../components/employer-options.ts';

const EMPLOYER_LEGEND = [{ color: EMPLOYER_COLOR, label: '用人单位' }];

function Basics({ employer }: { employer: Employer }) {
  const { data: config } = usePublicConfig();
  return (
    <>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="small" className="site-descriptions">
        <Descriptions.Item label="类型">
          <EmployerKindTag kind={employer.kind} />
          {employer.isKeyEmployer ? <KeyEmployerTag /> : null}
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <ActiveTag active={employer.isActive} />
        </Descriptions.Item>
        <Descriptions.Item label="统一社会信用代码">{employer.creditCode ?? '未登记'}</Descriptions.Item>
        <Descriptions.Item label="职工人数">{employer.employeeCount == null ? '未填写' : `${employer.employeeCount} 人`}</Descriptions.Item>
        <Descriptions.Item label="所属行业" span={2}>
          {industryLabel(employer.industryDivision)}
        </Descriptions.Item>
        <Descriptions.Item label="所在区域">
          {employer.villageName ? `${employer.townName} / ${employer.villageName}` : employer.townName}
        </Descriptions.Item>
        <Descriptions.Item label="地址">{employer.address}</Descriptions.Item>
        <Descriptions.Item label="坐标（WGS-84）">{formatCoordinate(employer.lng, employer.lat)}</Descriptions.Item>
        <Descriptions.Item label="更新时间">{formatDateTime(employer.updatedAt)}</Descriptions.Item>
      </Descriptions>
      {employer.lng != null && employer.lat != null ? (
        <PlaceMap
          label={`${employer.name}的位置`}
          height={280}
          tileSource={config?.tileSource ?? null}
          noun="单位"
          legend={EMPLOYER_LEGEND}
          places={[{ id: employer.id, name: employer.name, lng: employer.lng, lat: employer.lat, color: EMPLOYER_COLOR, radius: 9 }]}
        />
      ) : null}
    </>
  );
}

export default function EmployerDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const employer = useEmployer(id);
  const deactivate = useSetEmployerActive();

  if (employer.isPending) return <PageLoading />;
  if (employer.isError) {
    if (isApiError(employer.error, 'NOT_FOUND')) return <NotFoundPage />;
    return <LoadError error={employer.error} onRetry={() => void employer.refetch()} />;
  }
  const data = employer.data;

  return (
    <PageContainer
      title={data.name}
      breadcrumb={[listCrumb('用人单位', '/employers')]}
      extra={
        <>
          <PermissionGate permission="job:read">
            <Button onClick={() => void navigate(`/jobs?employerId=${data.id}`)}>岗位与推荐</Button>
          </PermissionGate>
          <PermissionGate permission="job:write">
            <Button onClick={() => void navigate(`/jobs/new?employerId=${data.id}`)}>募集岗位</Button>
          </PermissionGate>
          <PermissionGate permission="employer:write">
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/employers/${data.id}/edit`)}>
              编辑
            </Button>
            {data.isActive ? (
              <Popconfirm
                title="停用后此单位不再出现在默认列表中，确定停用？"
                okText="停用"
                cancelText="取消"
                onConfirm={() =>
                  deactivate.mutate(
                    { id: data.id, version: data.version, active: false },
                    {
                      onSuccess: () => void message.success('已停用'),
                      onError: (error) => {
                        if (!isApiError(error, 'VERSION_CONFLICT')) void message.error(errorMessage(error));
                      },
                    },
                  )
                }
              >
                <Button danger loading={deactivate.isPending}>
                  停用单位
                </Button>
              </Popconfirm>
            ) : (
              <Button
                loading={deactivate.isPending}
                onClick={() =>
                  deactivate.mutate(
                    { id: data.id, version: data.version, active: true },
                    {
                      onSuccess: () => void message.success('已重新启用'),
                      onError: (error) => {
                        if (!isApiError(error, 'VERSION_CONFLICT')) void message.error(errorMessage(error));
                      },
                    },
                  )
                }
              >
                重新启用
              </Button>
            )}
          </PermissionGate>
        </>
      }
    >
      {isApiError(deactivate.error, 'VERSION_CONFLICT') ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="form-banner"
          title={errorMessage(deactivate.error)}
          description="此单位刚被他人修改，操作未生效。请载入最新内容后再决定。"
          action={
            <Button
              danger
              onClick={() => {
                deactivate.reset();
                void employer.refetch();
              }}
            >
              载入最新内容
            </Button>
          }
        />
      ) : null}
      <Basics employer={data} />
      <EmployerContacts employer={data} />
      <ContactHistory employer={data} />
    </PageContainer>
  );
}
