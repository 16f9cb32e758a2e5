/** What the repository returns from a change, so that the UI can offer to take it back. */
export interface UndoAction {
  /** What is undone, in Chinese (「删除批注」). */
  label: string;
  /** Restores the state before the change. */
  undo: () => Promise<void>;
}
