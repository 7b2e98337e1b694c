import { Typography } from '@mui/material';
import {
  DataTable,
  DateField,
  ListContextProvider,
  SelectField,
  useGetList,
  useList,
  useTranslate,
} from 'react-admin';
import type { AuditEntry, DictionaryEntry } from '../api';
import { actionChoices } from './moderationChoices';

const Column = DataTable.Col<AuditEntry>;

/** The entry's changes from the audit log: searched by its text, kept only where the entry is the subject. */
export const DictionaryHistory = ({ entry }: { entry: DictionaryEntry }) => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<AuditEntry>('audit-log', {
    filter: { q: entry.text },
    sort: { field: 'at', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  const history = data.filter(
    (audit) => audit.subjectKind === 'dictionary' && audit.subjectId === String(entry.id),
  );
  const listContext = useList({ data: history, isPending, resource: 'audit-log', perPage: 100 });
  return (
    <section aria-labelledby="dictionary-history-title">
      <Typography id="dictionary-history-title" variant="h6" component="h2" sx={{ mt: 2, mb: 1 }}>
        {translate('moderation.dictionary.history')}
      </Typography>
      <ListContextProvider value={listContext}>
        <DataTable<AuditEntry>
          bulkActionButtons={false}
          rowClick={false}
          empty={<Typography variant="body2">{translate('moderation.dictionary.no_history')}</Typography>}
        >
          <Column source="at">
            <DateField source="at" showTime />
          </Column>
          <Column source="actorName" />
          <Column source="action">
            <SelectField source="action" choices={actionChoices} />
          </Column>
          <Column source="reason" />
        </DataTable>
      </ListContextProvider>
    </section>
  );
};
