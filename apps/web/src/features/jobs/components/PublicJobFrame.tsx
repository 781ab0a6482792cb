import { BRAND_MARK, CIRCLE_MARK } from '@jobcircle/domain';
import { type ReactNode, useEffect } from 'react';
import './jobs.css';
import { ElderModeSwitch } from '../../../components/ElderModeSwitch.tsx';

/** A public job page (no sign-in, phone first): the circle's marks, the elder-mode switch, the content. */
export function PublicJobFrame({ title, children }: { title: string; children: ReactNode }) {
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
      <footer className="public-footer">崇明区“15分钟就业服务圈” · 就业服务热线 12333</footer>
    </div>
  );
}
