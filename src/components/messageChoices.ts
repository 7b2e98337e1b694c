/**
 * Choices for SelectInput / SelectField whose names are message keys (`<prefix>.<id>`): react-admin
 * translates them, so one list serves both languages.
 */
export const messageChoices = <Id extends string | number>(ids: readonly Id[], prefix: string) =>
  ids.map((id) => ({ id, name: `${prefix}.${id}` }));
