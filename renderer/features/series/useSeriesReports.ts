import { useEffect, useState } from 'react';
import type { DocumentSummary, IpcError, RendererApi } from '../../../shared/ipc/contract';
import type { SeriesReport } from './seriesModel';

/** The series' reports with their extracted data, read from main once per set of reports. */
export type SeriesReports = { state: 'loading' } | { state: 'ready'; reports: SeriesReport[]; failed: Array<{ name: string; error: IpcError }> };

/** Reads the review (extracted data) of every report of a series. */
export function useSeriesReports(api: RendererApi, members: readonly DocumentSummary[]): SeriesReports {
  const key = members.map((m) => `${m.id}:${m.sha256}`).join(',');
  const [loaded, setLoaded] = useState<{ key: string; value: SeriesReports }>({ key: '', value: { state: 'loading' } });
  useEffect(() => {
    let live = true;
    void Promise.all(members.map((m) => api.documents.review(m.id).then((r) => ({ m, r })))).then((results) => {
      if (!live) return;
      const reports: SeriesReport[] = [];
      const failed: Array<{ name: string; error: IpcError }> = [];
      for (const { m, r } of results) {
        if (r.ok) reports.push({ id: m.id, name: m.name, format: m.format, data: r.value.data });
        else failed.push({ name: m.name, error: r.error });
      }
      setLoaded({ key, value: { state: 'ready', reports, failed } });
    });
    return () => {
      live = false;
    };
    // `key` names the members: a new array with the same reports reads nothing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);
  return loaded.key === key ? loaded.value : { state: 'loading' };
}
