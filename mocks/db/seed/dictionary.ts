import type { DictionaryEntry } from '../../../src/api';
import { daysBeforeBase } from './time';
import { seedModerator } from './users';

const entry = (
  id: string,
  daysAgo: number,
  fields: Pick<DictionaryEntry, 'kind' | 'text' | 'lang' | 'category' | 'severity' | 'note'>,
): DictionaryEntry => ({
  id,
  version: 1,
  createdAt: daysBeforeBase(daysAgo),
  updatedAt: daysBeforeBase(daysAgo),
  enabled: true,
  createdBy: seedModerator.name,
  ...fields,
});

/** The moderator's additions to the built-in dictionary; the seeded copy relies on both. */
export const seedDictionaryEntries: DictionaryEntry[] = [
  entry('dict-0001', 40, {
    kind: 'trademark',
    text: '最好的时光',
    lang: 'zh',
    category: 'SUP',
    severity: 'block',
    note: '露光之家「最好的时光」香氛系列名：注册商标（第3类，注册号 61234567），不是最高级用语。',
  }),
  entry('dict-0002', 12, {
    kind: 'term',
    text: '吊打',
    lang: 'zh',
    category: 'SUP',
    severity: 'warn',
    note: '拉踩 wording: disparages competitors without naming them; ask for a neutral comparison.',
  }),
];
