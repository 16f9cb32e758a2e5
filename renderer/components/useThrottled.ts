import { useEffect, useRef, useState } from 'react';

/**
 * `value`, following its changes at most once per `ms` (the first at once): while 200 reports
 * stream in, a query keyed on the batch runs a few times, not once per report.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const timer = setTimeout(
      () => {
        last.current = performance.now();
        setShown(value);
      },
      Math.max(0, last.current + ms - performance.now()),
    );
    return () => clearTimeout(timer);
  }, [value, shown, ms]);
  return shown;
}
