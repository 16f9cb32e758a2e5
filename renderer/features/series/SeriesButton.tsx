import './series.css';
import { seriesText as st } from './strings';

/** The list row's way into 历年对照, shown on reports whose body has reports of several years. */
export function SeriesButton({ id, years, onSeries }: { id: string; years: string; onSeries(id: string): void }) {
  return (
    <button
      type="button"
      className="series-button"
      tabIndex={-1}
      title={st.buttonHint(years)}
      data-testid="series-button"
      onClick={(e) => {
        e.stopPropagation();
        onSeries(id);
      }}
    >
      {st.button}
    </button>
  );
}
