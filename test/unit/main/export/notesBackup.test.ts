import { describe, expect, it } from 'vitest';
import { parseNotesBackup } from '../../../../main/export/notesBackup';

const note = { target: { kind: 'cell', cell: 't3.new.total' }, text: '核对', author: '甲', createdAt: '2024-01-01', updatedAt: '2024-01-01' };
const decision = { findingKey: 't3.outcome_sum|t3.total.total', status: 'confirmed', updatedAt: '2024-01-02' };

describe('parseNotesBackup', () => {
  it('reads a ReviewAnnotations[] array', () => {
    const { annotations, warnings } = parseNotesBackup([{ sha256: 'AB', reviewer: '甲', notes: [note], decisions: [decision] }]);
    expect(warnings).toEqual([]);
    expect(annotations).toEqual([{ sha256: 'ab', reviewer: '甲', notes: [note], decisions: [decision] }]);
  });

  it('reads the store’s flat tables, grouping notes and decisions by sha256 and taking the author preference', () => {
    const { annotations } = parseNotesBackup({
      version: 2,
      reviews: [{ sha256: 'ab', name: 'x.docx' }],
      notes: [{ ...note, id: '1', sha256: 'ab', targetKey: 'cell:t3.new.total' }],
      decisions: [{ ...decision, sha256: 'ab' }, { ...decision, sha256: 'ab', status: 'fixed', updatedAt: '2024-01-03' }],
      prefs: [{ key: 'author', value: '乙' }],
    });
    expect(annotations).toHaveLength(1);
    expect(annotations[0].notes).toHaveLength(1);
    expect(annotations[0].decisions).toEqual([{ findingKey: decision.findingKey, status: 'fixed', updatedAt: '2024-01-03' }]);
    expect(annotations[0].reviewer).toBe('乙');
  });

  it('skips unreadable entries with a Chinese warning instead of failing', () => {
    const { annotations, warnings } = parseNotesBackup([{ sha256: 'ab', notes: [{ target: { kind: 'bogus' }, text: 1 }], decisions: [{ findingKey: 'k', status: 'maybe' }] }, { nope: 1 }]);
    expect(annotations).toEqual([{ sha256: 'ab', reviewer: '', notes: [], decisions: [] }]);
    expect(warnings).toHaveLength(3);
    expect(parseNotesBackup('garbage').warnings[0]).toContain('无法识别');
  });
});
