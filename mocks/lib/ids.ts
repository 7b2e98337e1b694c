/**
 * The next id of a numbered series (`dict-0003`, `audit-000042`): one more than the highest, so ids
 * read in creation order. Only for series that never lose a row, or an id could come back.
 */
export function nextSequentialId(rows: readonly { id: string }[], prefix: string, width = 4): string {
  const highest = rows
    .filter((row) => row.id.startsWith(prefix))
    .reduce((max, row) => Math.max(max, Number(row.id.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(highest + 1).padStart(width, '0')}`;
}
