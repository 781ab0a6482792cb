import { type Appointment, nextAppointmentState } from '@jobcircle/domain';
import { App, Button, Flex, Popconfirm } from 'antd';
import { errorMessage } from '../../../lib/api.ts';
import { useCan } from '../../../lib/auth.ts';
import { useCancelAppointment } from '../api/cancel-appointment.ts';
import { useCheckInAppointment } from '../api/check-in-appointment.ts';
import { useNoShowAppointment } from '../api/no-show-appointment.ts';

/** 签到 / 未到 / 取消, each offered only when the shared rule allows it now. */
export function AppointmentActions({ appointment }: { appointment: Appointment }) {
  const { message } = App.useApp();
  const mayWrite = useCan('appointment:write');
  const cancel = useCancelAppointment();
  const checkIn = useCheckInAppointment();
  const noShow = useNoShowAppointment();
  if (!mayWrite) return null;
  const now = new Date();
  const onError = (error: unknown) => void message.error(errorMessage(error));
  const body = { version: appointment.version };
  const who = appointment.residentName;
  return (
    <Flex gap="small" wrap>
      {nextAppointmentState(appointment, 'check_in', now) ? (
        <Button
          size="small"
          type="primary"
          loading={checkIn.isPending}
          onClick={() =>
            checkIn.mutate(
              { id: appointment.id, body: { ...body, outcome: 'done' } },
              { onSuccess: () => void message.success(`${who} 已签到，已记入服务台账`), onError },
            )
          }
        >
          签到
        </Button>
      ) : null}
      {nextAppointmentState(appointment, 'no_show', now) ? (
        <Popconfirm
          title={`确认 ${who} 未到？`}
          okText="确认"
          cancelText="返回"
          onConfirm={() => noShow.mutate({ id: appointment.id, body }, { onError })}
        >
          <Button size="small" loading={noShow.isPending}>
            未到
          </Button>
        </Popconfirm>
      ) : null}
      {nextAppointmentState(appointment, 'cancel', now) ? (
        <Popconfirm
          title={`取消 ${who} 的预约？`}
          okText="取消预约"
          cancelText="返回"
          onConfirm={() => cancel.mutate({ id: appointment.id, body }, { onError })}
        >
          <Button size="small" danger loading={cancel.isPending}>
            取消
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );
}
