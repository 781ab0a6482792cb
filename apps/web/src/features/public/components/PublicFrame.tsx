import { BRAND_MARK, CIRCLE_MARK } from '@jobcircle/domain';
import { type ReactNode, useEffect } from 'react';
import { ElderModeSwitch } from '../../../components/ElderModeSwitch.tsx';

/** A public page (no sign-in, phone first): the circle's marks, the elder-mode switch, the content. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · ${CIRCLE_MARK}`;
  }, [title]);
  return (
    <div className="public-page">
      <header className="public-header">
        <div className="public-marks">
          <span className="brand-mark" aria-hidden="true" />
          <span>
            {CIRCLE_MARK} · {BRAND_MARK}
          </span>
        </div>
        <ElderModeSwitch />
      </header>
      <main className="public-main">{children}</main>
    </div>
  );
}
