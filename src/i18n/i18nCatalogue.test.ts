import englishMessages from 'ra-language-english';
import { en } from './en';
import { zh } from './zh';

type Catalogue = { [key: string]: string | Catalogue };

const leaves = (messages: object, prefix = ''): Map<string, unknown> => {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [leafPath, leaf] of leaves(value, path)) found.set(leafPath, leaf);
    } else {
      found.set(path, value);
    }
  }
  return found;
};

const placeholders = (form: string) => [...form.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();
const pluralForms = (message: string) => message.split('||||');

const enLeaves = leaves(en as Catalogue);
const zhLeaves = leaves(zh as Catalogue);

describe('the message catalogue', () => {
  it('has every English key in Chinese', () => {
    expect([...enLeaves.keys()].filter((key) => !zhLeaves.has(key))).toEqual([]);
  });

  it('has every Chinese key in English', () => {
    expect([...zhLeaves.keys()].filter((key) => !enLeaves.has(key))).toEqual([]);
  });

  it('translates every key of react-admin itself', () => {
    const raKeys = [...leaves(englishMessages).keys()];
    expect(raKeys.length).toBeGreaterThan(150);
    expect(raKeys.filter((key) => !zhLeaves.has(key))).toEqual([]);
  });

  it('holds only non-empty strings', () => {
    for (const catalogue of [enLeaves, zhLeaves]) {
      const bad = [...catalogue].filter(([, value]) => typeof value !== 'string' || value.length === 0);
      expect(bad).toEqual([]);
    }
  });

  it('keeps the same plural forms and placeholders in both languages', () => {
    const mismatches = [...enLeaves].flatMap(([key, english]) => {
      const chinese = zhLeaves.get(key);
      if (typeof english !== 'string' || typeof chinese !== 'string') return [];
      const enForms = pluralForms(english).map(placeholders);
      const zhForms = pluralForms(chinese).map(placeholders);
      return JSON.stringify(enForms) === JSON.stringify(zhForms) ? [] : [{ key, en: english, zh: chinese }];
    });
    expect(mismatches).toEqual([]);
  });

  it('does not leave Chinese messages in English', () => {
    const untranslated = [...zhLeaves].filter(
      ([key, value]) =>
        typeof value === 'string' &&
        /[a-z]{4,}/i.test(value.replace(/%\{\w+\}/g, '')) &&
        value === enLeaves.get(key),
    );
    // The product name stays as it is in Chinese UIs.
    const allowed = ['app.title'];
    expect(untranslated.map(([key]) => key).filter((key) => !allowed.includes(key))).toEqual([]);
  });
});
