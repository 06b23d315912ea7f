import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

const KEY = 'yiyang.elderMode';

interface ElderMode {
  /** 适老化模式: large type, high contrast, only booking, orders and the relative's news. */
  on: boolean;
  setOn(on: boolean): void;
}

const ElderModeContext = createContext<ElderMode>({ on: false, setOn: () => undefined });

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** The 适老化 switch, remembered on this device (not the account: a relative may share a parent's phone). */
export function ElderModeProvider({ children }: { children: ReactNode }) {
  const [on, setOnState] = useState(stored);
  useEffect(() => {
    document.documentElement.classList.toggle('elder-mode', on);
  }, [on]);
  const value = useMemo<ElderMode>(
    () => ({
      on,
      setOn(next) {
        try {
          globalThis.localStorage?.setItem(KEY, next ? '1' : '0');
        } catch {
          // Private browsing: the switch still holds for this visit.
        }
        setOnState(next);
      },
    }),
    [on],
  );
  return <ElderModeContext.Provider value={value}>{children}</ElderModeContext.Provider>;
}

export function useElderMode(): ElderMode {
  return useContext(ElderModeContext);
}
