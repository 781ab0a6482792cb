import { type CalendarDay, DAY_KIND_LABELS, type Slot } from '@jobcircle/domain';
import { Button, Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { LoadError } from '../../../components/LoadError.tsx';
import { useCan } from '../../../lib/auth.ts';
import { dayjs } from '../../../lib/dayjs.ts';
import { useCalendar } from '../api/get-calendar.ts';
import { useSlots } from '../api/list-slots.ts';
import { BookModal } from './BookModal.tsx';

function dayTag(day: CalendarDay | undefined) {
  if (!day) return null;
  if (day.kind === 'holiday') return <Tag color="error">{day.holidayName ?? DAY_KIND_LABELS.holiday}</Tag>;
  if (day.kind === 'adjusted_workday') return <Tag color="warning">调休上班{day.holidayName ? `（${day.holidayName}）` : ''}</Tag>;
  if (day.kind === 'weekend') return <Tag>{DAY_KIND_LABELS.weekend}</Tag>;
  return null;
}

/** A week of a site's slots, day by day: non-working days shown closed, each slot with its free places. */
export function SlotCalendar({ siteId, from }: { siteId: string; from: string }) {
  const to = dayjs(from).add(6, 'day').format('YYYY-MM-DD');
  const slots = useSlots({ siteId, from, to });
  const calendar = useCalendar({ from, to });
  const mayBook = useCan('appointment:write');
  const [booking, setBooking] = useState<Slot | null>(null);
  if (slots.isError) return <LoadError error={slots.error} onRetry={() => void slots.refetch()} />;
  const now = dayjs();
  const days = Array.from({ length: 7 }, (_, i) => dayjs(from).add(i, 'day'));
  return (
    <>
      <Row gutter={[12, 12]} className="slot-calendar">
        {days.map((date) => {
          const key = date.format('YYYY-MM-DD');
          const info = calendar.data?.days.find((d) => d.date === key);
          const daySlots = (slots.data?.items ?? []).filter((s) => dayjs(s.startsAt).format('YYYY-MM-DD') === key);
          const closed = info ? !info.isWorkingDay : false;
          return (
            <Col key={key} xs={24} sm={12} lg={8} xl={6}>
              <Card
                size="small"
                loading={slots.isPending}
                title={
                  <Flex gap="small" align="center" wrap>
                    <span>{date.format('M月D日 dddd')}</span>
                    {dayTag(info)}
                  </Flex>
                }
                className={closed ? 'slot-day closed' : 'slot-day'}
              >
                {closed ? (
                  <Typography.Text type="secondary">不开放预约</Typography.Text>
                ) : daySlots.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无可预约时段" />
                ) : (
                  <Flex gap="small" wrap>
                    {daySlots.map((slot) => {
                      const past = dayjs(slot.startsAt).isBefore(now);
                      const full = slot.available <= 0;
                      const label = `${dayjs(slot.startsAt).format('HH:mm')} ${full ? '已约满' : `余 ${slot.available}/${slot.capacity}`}`;
                      return (
                        <Button
                          key={`${slot.ruleId}-${slot.startsAt}`}
                          size="small"
                          disabled={!mayBook || past || full}
                          aria-label={`${slot.title} ${date.format('M月D日')} ${label}${mayBook && !past && !full ? '，点击预约' : ''}`}
                          onClick={() => setBooking(slot)}
                        >
                          {label}
                        </Button>
                      );
                    })}
                  </Flex>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
      {calendar.data ? (
        <Typography.Paragraph type="secondary" className="calendar-source">
          节假日依据：{calendar.data.source.label}
        </Typography.Paragraph>
      ) : null}
      {booking ? <BookModal slot={booking} onClose={() => setBooking(null)} /> : null}
    </>
  );
}
