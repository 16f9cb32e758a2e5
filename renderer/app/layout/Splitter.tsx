import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  /** Called with the pointer's horizontal movement since the drag began, in CSS pixels. */
  onDrag(dx: number, phase: 'start' | 'move' | 'end'): void;
  /** Arrow keys move by this many pixels (Shift: five times). */
  onStep(dx: number): void;
  testId?: string;
}

/** A vertical bar between two panes: drag it, or focus it and use ←/→. */
export function Splitter({ label, onDrag, onStep, testId }: SplitterProps) {
  const start = useRef<number | null>(null);
  const down = (e: PointerEvent<HTMLDivElement>) => {
    start.current = e.clientX;
    e.currentTarget.setPointerCapture(e.pointerId);
    onDrag(0, 'start');
  };
  const move = (e: PointerEvent<HTMLDivElement>) => {
    if (start.current !== null) onDrag(e.clientX - start.current, 'move');
  };
  const up = (e: PointerEvent<HTMLDivElement>) => {
    if (start.current === null) return;
    onDrag(e.clientX - start.current, 'end');
    start.current = null;
  };
  const key = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 80 : 16;
    if (e.key === 'ArrowLeft') onStep(-step);
    else if (e.key === 'ArrowRight') onStep(step);
    else return;
    e.preventDefault();
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
      onKeyDown={key}
    />
  );
}
