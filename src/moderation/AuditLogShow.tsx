import { DateField, ListButton, SelectField, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import type { AuditEntry } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { actionChoices, subjectKindChoices } from './moderationChoices';

const AuditLogShowActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

/** A single audit entry, read-only: there is no edit or delete for the record of what happened. */
export const AuditLogShow = () => (
  <GuardedShow<AuditEntry> actions={<AuditLogShowActions />}>
    <SimpleShowLayout>
      <DateField source="at" showTime />
      <TextField source="actorName" />
      <SelectField source="action" choices={actionChoices} />
      <SelectField source="subjectKind" choices={subjectKindChoices} />
      <TextField source="subjectId" />
      <TextField source="summary" />
      <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
    </SimpleShowLayout>
  </GuardedShow>
);
