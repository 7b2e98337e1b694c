import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { ModerationItem } from '../api';

export const countFindings = (item: ModerationItem): number =>
  item.fields.reduce((total, field) => total + field.findings.length, 0);

export const FindingsCountField = (props: FieldProps<ModerationItem>) => {
  const record = useRecordContext<ModerationItem>(props);
  const translate = useTranslate();
  if (!record) return null;
  const smart_count = countFindings(record);
  return <span>{translate('moderation.findings_count', { smart_count })}</span>;
};
