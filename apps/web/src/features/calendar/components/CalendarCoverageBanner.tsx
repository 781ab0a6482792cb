import { calendarNeedsNextYear, shanghaiDate } from '@jobcircle/domain';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { useCalendarYears } from '../api/list-calendar-years.ts';

/**
 * In November and December, when next year's State Council notice has not been entered: deadlines,
 * slots and escalations of next year would count weekends only and ignore its holidays.
 */
export function CalendarCoverageBanner({ showLink = true }: { showLink?: boolean }) {
  const years = useCalendarYears();
  const today = shanghaiDate(new Date());
  if (
    !years.data ||
    !calendarNeedsNextYear(
      today,
      years.data.years.map((year) => year.year),
    )
  )
    return null;
  const next = Number(today.slice(0, 4)) + 1;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      className="form-banner"
      title={`工作日历尚未录入 ${next} 年的节假日安排`}
      description={
        <>
          国务院办公厅发布 {next} 年部分节假日安排的通知后，请及时录入；录入前 {next}{' '}
          年的办理时限、预约时段和逾期提醒只跳过周末，不跳过法定节假日。
          {showLink ? (
            <>
              {' '}
              <Link to={`/calendar/years/${next}`}>录入 {next} 年</Link>
            </>
          ) : null}
        </>
      }
    />
  );
}
