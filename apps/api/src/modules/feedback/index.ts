import type { App } from '../../platform/route-types.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import type { FeedbackService } from './feedback.service.ts';

export { createFeedbackService, type FeedbackService, type FeedbackServiceDeps, RATING_PAGE_PATH } from './feedback.service.ts';

/** Public supervision (群众监督, plan §二.四): anonymous ratings once per service by token, figures, complaints to closure. */
export function registerFeedback(app: App, feedback: FeedbackService, options: { publicRateLimitPerMinute: number }): void {
  void app.register(feedbackRoutes(feedback, options), { prefix: '/api' });
}
