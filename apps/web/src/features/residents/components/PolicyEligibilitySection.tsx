import { ELIGIBILITY_RESULT_LABELS } from '@jobcircle/domain';
import { App, Button, Collapse, Flex, Typography } from 'antd';
import { EligibilityExplanation, EligibilityTag } from '../../../components/EligibilityExplanation.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PermissionGate } from '../../../components/PermissionGate.tsx';
import { errorMessage } from '../../../lib/api.ts';
import { useEligibility, useRecordDecision } from '../api/policy-eligibility.ts';

/**
 * 政策资格: every policy in force today, with the result per condition (符合 / 不符合 / 待确认), the
 * fact and its source, and the evidence still missing; a result can be recorded as a policy
 * consultation (service item 3).
 */
export function PolicyEligibilitySection({ residentId, active }: { residentId: string; active: boolean }) {
  const { message } = App.useApp();
  // Read only when the tab is opened: the read of the facts is audited like opening the file.
  const eligibility = useEligibility(residentId, active);
  const record = useRecordDecision(residentId);
  if (eligibility.isError) return <LoadError error={eligibility.error} onRetry={() => void eligibility.refetch()} />;
  if (!eligibility.data) return <Typography.Paragraph>正在判断……</Typography.Paragraph>;
  if (eligibility.data.length === 0) return <Typography.Paragraph>今天没有有效的政策。</Typography.Paragraph>;
  return (
    <Flex vertical gap="small">
      <Typography.Paragraph type="secondary">
        按劳动力资源库的事实逐条判断（{eligibility.data[0]?.on}）；缺少的事实为“待确认”，须核实材料后再下结论。
      </Typography.Paragraph>
      <Collapse
        items={eligibility.data.map((item) => ({
          key: item.policyId,
          label: (
            <Flex wrap gap="small" align="center">
              <span>{item.policyName}</span>
              <EligibilityTag result={item.result} />
              <Typography.Text type="secondary">
                {item.documentNumber}，第 {item.versionNo} 版
              </Typography.Text>
            </Flex>
          ),
          children: (
            <Flex vertical gap="small">
              <EligibilityExplanation eligibility={item} />
              <PermissionGate permission="ledger:write">
                <div>
                  <Button
                    loading={record.isPending && record.variables?.policyId === item.policyId}
                    onClick={() =>
                      record.mutateAsync({ policyId: item.policyId, residentId }).then(
                        () => void message.success(`已记录为政策咨询：${item.policyName}，${ELIGIBILITY_RESULT_LABELS[item.result]}`),
                        (error: unknown) => void message.error(errorMessage(error)),
                      )
                    }
                  >
                    记录为政策咨询
                  </Button>
                </div>
              </PermissionGate>
            </Flex>
          ),
        }))}
      />
    </Flex>
  );
}
