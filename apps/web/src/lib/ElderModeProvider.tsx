import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

const STORAGE_KEY = 'jc.elderMode';

interface ElderMode {
  elder: boolean;
  setElder: (on: boolean) => void;
}

const ElderModeContext = createContext<ElderMode>({ elder: false, setElder: () => undefined });

function readStored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** 长辈模式: larger type, larger targets, higher contrast; remembered on this device. */
export function ElderModeProvider({ children }: { children: ReactNode }) {
  const [elder, setElderState] = useState(readStored);
  const setElder = useCallback((on: boolean) => {
    setElderState(on);
    try {
      window.localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // Private browsing without storage: the mode still applies for this visit.
    }
  }, []);
  const value = useMemo(() => ({ elder, setElder }), [elder, setElder]);
  return <ElderModeContext value={value}>{children}</ElderModeContext>;
}

export function useElderMode(): ElderMode {
  return useContext(ElderModeContext);
}
