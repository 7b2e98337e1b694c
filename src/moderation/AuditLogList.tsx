import { useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  DateField,
  FilterButton,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import type { AuditEntry } from '../api';
import { actionChoices } from './moderationChoices';

const Column = DataTable.Col<AuditEntry>;

const auditFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
];

// Append-only: no create, no export, no bulk actions; rows only open the read-only entry.
const AuditLogActions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

/** Every decision and dictionary change, newest first. */
export const AuditLogList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  return (
    <List<AuditEntry>
      filters={auditFilters}
      actions={<AuditLogActions />}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<AuditEntry>
          primaryText={(entry) => entry.summary}
          secondaryText={(entry) =>
            `${translate(`moderation.actions.${entry.action.replace('.', '_')}`)} · ${entry.actorName}`
          }
          tertiaryText={<DateField source="at" showTime />}
          rowClick="show"
        />
      ) : (
        <DataTable<AuditEntry> rowClick="show" bulkActionButtons={false}>
          <Column source="at">
            <DateField source="at" showTime />
          </Column>
          <Column source="actorName" />
          <Column source="action">
            <SelectField source="action" choices={actionChoices} />
          </Column>
          <Column source="summary" />
          <Column source="reason" disableSort />
        </DataTable>
      )}
    </List>
  );
};
