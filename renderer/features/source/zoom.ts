/** The zoom steps of the source pane (1 = the page fitted to the pane's width). */
export const ZOOM_STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];

/** The next zoom step up or down from any zoom (a fitted zoom lies between steps). */
export function stepZoom(zoom: number, delta: 1 | -1): number {
  if (delta > 0) return ZOOM_STEPS.find((z) => z > zoom + 1e-6) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1];
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom - 1e-6) ?? ZOOM_STEPS[0];
}
