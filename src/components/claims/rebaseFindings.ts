import type { Finding } from '../../domain/claims';

/**
 * Carries findings computed on an older text over to the current one. The check runs on a deferred copy of
 * the text, so for a moment the marks would otherwise sit a few characters off the words they mean: findings
 * before the edit stay, those after it move with it, those the edit touched wait for the next check.
 */
export function rebaseFindings(
  findings: readonly Finding[],
  checked: string,
  current: string,
): readonly Finding[] {
  if (checked === current) return findings;
  const shorter = Math.min(checked.length, current.length);
  let prefix = 0;
  while (prefix < shorter && checked.charCodeAt(prefix) === current.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    checked.charCodeAt(checked.length - 1 - suffix) === current.charCodeAt(current.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  const editEnd = checked.length - suffix;
  const shift = current.length - checked.length;
  return findings.flatMap((f) => {
    if (f.end <= prefix) return [f];
    if (f.start >= editEnd) return [{ ...f, start: f.start + shift, end: f.end + shift }];
    return [];
  });
}
