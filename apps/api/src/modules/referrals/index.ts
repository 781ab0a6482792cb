import type { App } from '../../platform/route-types.ts';
import { referralsRoutes } from './referrals.routes.ts';
import { REFERRAL_FOLLOW_UP_TASK, REFERRAL_TERM_ENDING_TASK, type ReferralsService } from './referrals.service.ts';

export {
  createReferralsService,
  REFERRAL_FOLLOW_UP_TASK,
  REFERRAL_TERM_ENDING_TASK,
  type ReferralsService,
  type ReferralsServiceDeps,
} from './referrals.service.ts';

/** Referrals (推荐就业, plan §三.三, items 7, 9, 10): recommended → … → hired → insurance registration → follow-ups. */
export function registerReferrals(app: App, referrals: ReferralsService): void {
  void app.register(referralsRoutes(referrals), { prefix: '/api' });
}

/** The follow-up reminders at 1 and 3 months after a hire and a public-welfare post's end-of-term reminder, registered with the task runner at composition. */
export function registerReferralTasks(
  tasks: { handle(kind: string, handler: (payload: Record<string, unknown>, run: { now: Date; attempt: number }) => Promise<void>): void },
  referrals: ReferralsService,
): void {
  tasks.handle(REFERRAL_FOLLOW_UP_TASK, (payload, run) =>
    referrals.remindFollowUp(String(payload.referralId), Number(payload.month), run.now),
  );
  tasks.handle(REFERRAL_TERM_ENDING_TASK, (payload, run) => referrals.remindTermEnding(String(payload.referralId), run.now));
}
