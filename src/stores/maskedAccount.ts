/**
 * Bank account numbers are shown to people who only read the store (customer service, moderators) with
 * the last four characters: enough to tell accounts apart on a call, not enough to misuse.
 */
export function maskedAccount(value: string | null | undefined): string {
  const packed = (value ?? '').replace(/\s+/g, '');
  if (packed === '') return '';
  if (packed.length <= 4) return '•'.repeat(packed.length);
  return `•••• ${packed.slice(-4)}`;
}
