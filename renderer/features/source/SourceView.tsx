import type { DocumentSource } from '../../../shared/ipc/contract';
import type { Anchor } from '../../../shared/model';
import type { FlaggedAnchor } from '../../app/highlights';
import { HtmlView } from './HtmlView';
import { PdfView } from './PdfView';
import { TextView } from './TextView';

/** What every source view needs: what to highlight, which places are cells, and the zoom. */
export interface SourceViewProps {
  highlights: Anchor[];
  /** Every flagged cell's place, marked faintly in its severity's colour (the selection strongly). */
  flagged?: FlaggedAnchor[];
  /** Every extracted cell with its anchor, so that a click in the document selects the cell. */
  cells: Array<{ ref: string; anchor: Anchor }>;
  onCellClick(ref: string): void;
  /** 1 = fit width (PDF) or normal text size. */
  zoom: number;
  /** Sets the zoom (the PDF view's buttons, fit page); absent: the view only shows it. */
  onZoom?(zoom: number): void;
  /** Changes on every selection, so the view scrolls to the highlight again. */
  scrollSeq: number;
  /**
   * The review of this document is still being read (a PDF drawn while it is reviewed): what the
   * first view does not need (later pages, the text layer) waits until it is done, so that it does
   * not take the cores from the review.
   */
  reviewPending?: boolean;
  /** PDF pages shown sideways or upside down: the clockwise turn, by page number, that shows each upright. */
  pageTurns?: Record<number, number>;
}

/** The left pane: the report as published, in the view of its format. */
export function SourceView({ source, ...props }: SourceViewProps & { source: DocumentSource }) {
  switch (source.kind) {
    case 'pdf':
      return <PdfView bytes={source.bytes} {...props} />;
    case 'html':
      return <HtmlView html={source.html} {...props} />;
    case 'text':
      return <TextView text={source.text} {...props} />;
  }
}
