import { useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  FilterButton,
  List,
  SelectField,
  SimpleList,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import type { ModerationItem } from '../api';
import { AgeField, ageParts } from './AgeField';
import { FindingsCountField, countFindings } from './FindingsCountField';
import { ModerationEmpty } from './ModerationEmpty';
import { moderationFilterDefaults, moderationFilters } from './ModerationFilters';
import { kindChoices, severityChoices } from './moderationChoices';
import { useNow } from './useNow';

const Column = DataTable.Col<ModerationItem>;

const QueueActions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

/** The queue, oldest first: whoever waited longest is decided first. */
export const ModerationList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  const now = useNow();
  return (
    <List<ModerationItem>
      filters={moderationFilters}
      filterDefaultValues={moderationFilterDefaults}
      actions={<QueueActions />}
      sort={{ field: 'createdAt', order: 'ASC' }}
      perPage={25}
      exporter={false}
      empty={<ModerationEmpty />}
    >
      {isSmall ? (
        <SimpleList<ModerationItem>
          primaryText={(item) => item.subjectTitle}
          secondaryText={(item) => item.brandName}
          tertiaryText={(item) => {
            const { unit, count } = ageParts(item.createdAt, now);
            return `${translate(`moderation.age.${unit}`, { count })} · ${translate('moderation.findings_count', { smart_count: countFindings(item) })}`;
          }}
          rowClick="show"
          empty={<ModerationEmpty />}
        />
      ) : (
        <DataTable<ModerationItem> rowClick="show" bulkActionButtons={false} empty={<ModerationEmpty />}>
          <Column source="createdAt" label="resources.moderation.fields.age">
            <AgeField source="createdAt" />
          </Column>
          <Column source="brandName" />
          <Column source="kind">
            <SelectField source="kind" choices={kindChoices} />
          </Column>
          <Column source="subjectTitle">
            <TextField source="subjectTitle" />
          </Column>
          <Column source="severity" disableSort>
            <SelectField source="severity" choices={severityChoices} />
          </Column>
          <Column source="fields" label="resources.moderation.fields.findings" disableSort align="right">
            <FindingsCountField source="fields" />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
