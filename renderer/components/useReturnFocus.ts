import { useEffect, useState } from 'react';

/**
 * Remembers what had the focus when a transient control (an editor, a prompt) appeared, and puts
 * the focus back there when it goes away, if nothing else took it meanwhile: keyboard work goes
 * on from the same place (the table cell a note was written for).
 */
export function useReturnFocus(): void {
  // Read during the first render: before the control's own autofocus moves the focus.
  const [origin] = useState(() => (typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null)));
  useEffect(
    () => () => {
      const now = document.activeElement;
      if (origin && origin !== document.body && origin.isConnected && (!now || now === document.body)) origin.focus({ preventScroll: true });
    },
    [origin],
  );
}
