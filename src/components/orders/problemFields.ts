/** The platform's field errors ({field: messageKey}) carried by the dataProvider's HttpError body. */
export function problemFieldErrors(error: unknown): Record<string, string> {
  if (error === null || typeof error !== 'object' || !('body' in error)) return {};
  const body = error.body;
  if (body === null || typeof body !== 'object' || !('errors' in body)) return {};
  const errors = body.errors;
  if (errors === null || typeof errors !== 'object') return {};
  return Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** The problem's `code` (an i18n key), when the platform gave one. */
export function problemCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object' || !('body' in error)) return undefined;
  const body = error.body;
  return body !== null && typeof body === 'object' && 'code' in body && typeof body.code === 'string'
    ? body.code
    : undefined;
}
