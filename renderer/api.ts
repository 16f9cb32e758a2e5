import type { RendererApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or the e2e harness): the IPC contract, nothing more. */
    api: RendererApi;
  }
}

/** The IPC API of the preload. */
export function getApi(): RendererApi {
  return window.api;
}
