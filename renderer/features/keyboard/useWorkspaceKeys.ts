import './keyboard.css';
import { useEffect, useRef } from 'react';
import { nextInSequence, tabSequence } from './focusOrder';

/** What the workspace's own keys do, beyond the menu's commands. */
export interface WorkspaceKeys {
  /** Esc when no menu, dialog or editor took it: clear the selection; false when there was none. */
  clearSelection(): boolean;
  /** Esc closes this layer first (the search bar), if it is open: true when it did. */
  closeLayer?(): boolean;
}

const FIELD = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Tab and Shift+Tab in the workspace's order (focusOrder.ts), a modal dialog keeping the focus
 * inside it; Esc one layer per press: a menu, dialog or editor closes itself (and marks the key
 * handled), then an open search bar, then the selection is cleared, and only then does Esc reach
 * the window's handlers (back to the report list). So this listens on the document: after the
 * components' own handlers, before the window's.
 */
export function useWorkspaceKeys(keys: WorkspaceKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const active = document.activeElement as HTMLElement | null;
      if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
        if (active?.closest('[role="menu"]')) return;
        const root = document.querySelector('[aria-modal="true"]') ?? document.querySelector('.workspace');
        if (!root) return;
        const next = nextInSequence(tabSequence(root), active && active !== document.body && root.contains(active) ? active : null, e.shiftKey);
        if (!next) return;
        e.preventDefault();
        next.focus();
      } else if (e.key === 'Escape' && !e.ctrlKey && !e.altKey && !e.metaKey && !e.shiftKey) {
        // A modal dialog owns Esc even before the focus has moved into it (a dialog focuses its
        // field once it is drawn; a quick Esc lands on what had the focus before): the key goes
        // to the dialog, which closes itself, instead of clearing the selection behind it.
        const modal = document.querySelector('[aria-modal="true"]');
        if (modal && !(e.target instanceof Node && modal.contains(e.target))) {
          e.preventDefault();
          modal.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
          return;
        }
        if (latest.current.closeLayer?.()) return e.preventDefault();
        // Esc in a text field that did not handle it leaves the field alone (and the selection).
        if (active && (FIELD.has(active.tagName) || active.isContentEditable)) return;
        if (latest.current.clearSelection()) e.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
