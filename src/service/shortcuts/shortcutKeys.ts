/** The workbench's single-key shortcuts, in the order the help dialog lists them. */
export const SHORTCUTS = [
  { action: 'next', keys: ['j', 'ArrowDown'] },
  { action: 'previous', keys: ['k', 'ArrowUp'] },
  { action: 'reply', keys: ['r'] },
  { action: 'note', keys: ['n'] },
  { action: 'resolve', keys: ['e'] },
  { action: 'take', keys: ['a'] },
  { action: 'search', keys: ['/'] },
  { action: 'help', keys: ['?'] },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

const byKey = new Map<string, ShortcutAction>(
  SHORTCUTS.flatMap(({ action, keys }) => keys.map((key) => [key, action] as const)),
);

/** Where typing happens: keys there are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.matches('input, textarea, select, [role="textbox"], [role="combobox"]');
}

/** Keys that belong to menus, dialogs and lists that handle arrows themselves. */
const ownsKeys = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  target.closest('[role="dialog"], [role="menu"], [role="listbox"], [role="tablist"]') !== null;

/** Marks the inbox list's element, where ↑ and ↓ move through conversations. */
export const INBOX_LIST_ATTRIBUTE = 'data-inbox-list';
const inInboxList = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest(`[${INBOX_LIST_ATTRIBUTE}]`) !== null;

export interface KeyLike {
  key: string;
  target: EventTarget | null;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  isComposing?: boolean;
}

/**
 * The shortcut a key press means, if any. Keys with Ctrl, ⌘ or Alt stay the browser's and the
 * screen reader's; keys typed in a box, or in menus and dialogs, stay theirs too.
 */
export function shortcutFor(event: KeyLike): ShortcutAction | 'leave_box' | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return event.key === 'Escape' ? 'leave_box' : null;
  if (ownsKeys(event.target)) return null;
  // Arrows scroll the page everywhere else: they move through conversations only inside the inbox list.
  if (event.key.startsWith('Arrow') && !inInboxList(event.target)) return null;
  return byKey.get(event.key) ?? null;
}
