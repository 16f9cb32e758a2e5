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
      decisions: [
        { ...decision, sha256: 'ab' },
        { ...decision, sha256: 'ab', status: 'fixed', updatedAt: '2024-01-03' },
      ],
      prefs: [{ key: 'author', value: '乙' }],
    });
    expect(annotations).toHaveLength(1);
    expect(annotations[0].notes).toHaveLength(1);
    expect(annotations[0].decisions).toEqual([{ findingKey: decision.findingKey, status: 'fixed', updatedAt: '2024-01-03' }]);
    expect(annotations[0].reviewer).toBe('乙');
  });

  it('skips unreadable entries with a Chinese warning instead of failing', () => {
    const { annotations, warnings } = parseNotesBackup([
      { sha256: 'ab', notes: [{ target: { kind: 'bogus' }, text: 1 }], decisions: [{ findingKey: 'k', status: 'maybe' }] },
      { nope: 1 },
    ]);
    expect(annotations).toEqual([{ sha256: 'ab', reviewer: '', notes: [], decisions: [] }]);
    expect(warnings).toHaveLength(3);
    expect(parseNotesBackup('garbage').warnings[0]).toContain('无法识别');
  });
});

describe('parseNotesBackup on hostile backups', () => {
  it('refuses a status that is only inherited (`constructor`, `toString`)', () => {
    const { annotations, warnings } = parseNotesBackup([
      {
        sha256: 'ab',
        notes: [],
        decisions: [
          { ...decision, status: 'constructor' },
          { ...decision, status: 'toString' },
        ],
      },
    ]);
    expect(annotations[0].decisions).toEqual([]);
    expect(warnings).toHaveLength(2);
  });

  it('does not let an invalid time (`~`) beat a real one on merge', () => {
    const { annotations } = parseNotesBackup([{ sha256: 'ab', notes: [], decisions: [decision, { ...decision, status: 'fixed', updatedAt: '~' }] }]);
    expect(annotations[0].decisions).toEqual([decision]);
  });

  it('skips a note over the length limit with a Chinese warning instead of failing the export later', () => {
    const { annotations, warnings } = parseNotesBackup([{ sha256: 'ab', notes: [{ ...note, text: '长'.repeat(20_001) }, note], decisions: [] }]);
    expect(annotations[0].notes).toEqual([note]);
    expect(warnings).toEqual(['批注备份中有一条批注过长：共 20001 字，超过 20000 字的上限，已跳过。']);
  });
});
