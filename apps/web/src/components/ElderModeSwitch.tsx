import { Switch } from 'antd';
import { useId } from 'react';
import { useElderMode } from '../lib/ElderModeProvider.tsx';

/** 长辈模式 on every page: large type, large targets, high contrast; remembered on this device. */
export function ElderModeSwitch({ onDark = true }: { onDark?: boolean }) {
  const { elder, setElder } = useElderMode();
  const id = useId();
  return (
    <span className={onDark ? 'elder-switch elder-switch-dark' : 'elder-switch'}>
      <label htmlFor={id}>长辈模式</label>
      <Switch id={id} checked={elder} onChange={setElder} />
    </span>
  );
}
