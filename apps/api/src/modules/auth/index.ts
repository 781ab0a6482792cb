import type { Config } from '../../config.ts';
import type { App } from '../../platform/route-types.ts';
import { authRoutes } from './auth.routes.ts';
import type { AuthService } from './auth.service.ts';

export { createAuthService } from './auth.service.ts';
export { createSessionHook } from './session-hook.ts';
export { createSignInLocks } from './sign-in-locks.ts';

export function registerAuth(app: App, deps: { auth: AuthService; config: Config }): void {
  void app.register(authRoutes(deps), { prefix: '/api/auth' });
}
