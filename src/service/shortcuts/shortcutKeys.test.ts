import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from './shortcutKeys';

const press = (
  key: string,
  target: EventTarget | null = document.body,
  extra: Partial<KeyLike> = {},
): KeyLike => ({
  key,
  target,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  ...extra,
});

describe('shortcutFor', () => {
  it('maps single keys to workbench actions', () => {
    expect(shortcutFor(press('j'))).toBe('next');
    expect(shortcutFor(press('k'))).toBe('previous');
    expect(shortcutFor(press('e'))).toBe('resolve');
    expect(shortcutFor(press('?'))).toBe('help');
  });

  it('leaves keys with modifiers to the browser and screen readers', () => {
    expect(shortcutFor(press('r', document.body, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('k', document.body, { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('j', document.body, { altKey: true }))).toBeNull();
  });

  it('treats keys typed in a box as text, except Esc which leaves it', () => {
    const box = document.createElement('textarea');
    expect(shortcutFor(press('e', box))).toBeNull();
    expect(shortcutFor(press('Escape', box))).toBe('leave_box');
  });

  it('moves with arrows only inside the inbox list', () => {
    const list = document.createElement('div');
    list.setAttribute('data-inbox-list', '');
    const row = document.createElement('a');
    list.append(row);
    expect(shortcutFor(press('ArrowDown', row))).toBe('next');
    expect(shortcutFor(press('ArrowDown'))).toBeNull();
  });
});
