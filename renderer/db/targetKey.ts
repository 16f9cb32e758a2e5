import type { Anchor, NoteTarget } from '../../shared/model';

/** A stable string for an anchor: equal anchors give equal keys. */
export function anchorKey(anchor: Anchor): string {
  switch (anchor.kind) {
    case 'pdf':
      return `pdf:${anchor.page}:${anchor.rects.map((r) => [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 100) / 100).join(',')).join(';')}`;
    case 'dom':
      return `dom:${anchor.id}:${anchor.start ?? ''}:${anchor.end ?? ''}`;
    case 'text':
      return `text:${anchor.start}:${anchor.end}`;
  }
}

/**
 * The key of what a note is attached to, so that all notes on one finding, cell or passage are
 * one indexed query and markers can be looked up by it.
 */
export function targetKey(target: NoteTarget): string {
  switch (target.kind) {
    case 'finding':
      return `finding:${target.findingKey}`;
    case 'cell':
      return `cell:${target.cell}`;
    case 'passage':
      return `passage:${anchorKey(target.anchor)}`;
  }
}
