import { RATING_LABELS } from '@jobcircle/domain';
import { Card, Col, Progress, Row, Statistic } from 'antd';
import { LoadError } from '../../../components/LoadError.tsx';
import { useFeedbackSummary } from '../api/get-feedback-summary.ts';

/** The ratings residents gave in the user's area: how many, the mean, and the spread over 1–5. */
export function RatingSummaryCard() {
  const summary = useFeedbackSummary({});
  if (summary.isError) return <LoadError error={summary.error} onRetry={() => void summary.refetch()} />;
  const data = summary.data;
  const count = data?.count ?? 0;
  return (
    <Card title="群众评价" loading={summary.isPending} className="section-card">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title="评价次数" value={count} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="平均分"
            value={data?.mean == null ? '—' : data.mean.toFixed(2)}
            suffix={data?.mean == null ? undefined : '/ 5'}
          />
        </Col>
        <Col xs={24} md={12}>
          {[5, 4, 3, 2, 1].map((rating) => {
            const n = data?.distribution[rating - 1] ?? 0;
            return (
              <div key={rating} className="rating-row">
                <span className="rating-label">
                  {rating} 星 {RATING_LABELS[rating]}
                </span>
                <Progress percent={count ? Math.round((n / count) * 100) : 0} format={() => `${n}`} aria-label={`${rating} 星 ${n} 次`} />
              </div>
            );
          })}
        </Col>
      </Row>
    </Card>
  );
}
