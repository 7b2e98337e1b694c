/**
 * Translation values for a counted message: `smart_count` picks the singular or plural form, `count` is
 * the number grouped as both English and Chinese write it ("5,000", not "5000").
 */
export const counted = (count: number) => ({ smart_count: count, count: count.toLocaleString('en') });
