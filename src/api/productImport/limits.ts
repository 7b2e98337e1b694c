/** The largest CSV the platform takes for a product import, and how many data rows it may hold. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;
