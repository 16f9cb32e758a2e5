import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../../../renderer/app/useShortcuts';
import { keysText } from '../../../../../renderer/features/keyboard/strings';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('the workspace keys', () => {
  it('opens the search with Ctrl/Cmd+F and the shortcut list with F1, as the menu does', () => {
    expect(commandForKey(key('f', { ctrlKey: true }))).toBe('find');
    expect(commandForKey(key('F', { metaKey: true }))).toBe('find');
    expect(commandForKey(key('F1'))).toBe('help');
    expect(commandForKey(key('f'))).toBeNull();
    expect(commandForKey(key('f', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('lists in the 文件 group only keys that run a command, and names Ctrl+F and F1', () => {
    const parse = (combo: string) => {
      const parts = combo.split('+');
      return key(parts[parts.length - 1].toLowerCase(), { ctrlKey: parts.includes('Ctrl'), shiftKey: parts.includes('Shift') });
    };
    const file = keysText.help.groups.find((g) => g.title === '文件')!;
    expect(file.keys.map(([k]) => commandForKey(parse(k)))).toEqual(['open', 'open-folder', 'export-pdf']);
    const all = keysText.help.groups.flatMap((g) => g.keys.map(([k]) => k));
    expect(all).toContain('Ctrl+F');
    expect(all).toContain('F1');
  });
});
