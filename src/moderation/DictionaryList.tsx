import { useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
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
import type { DictionaryEntry } from '../api';
import { DictionaryToggleButton } from './DictionaryToggleButton';
import { EnabledChip } from './EnabledChip';
import { categoryChoices, entryKindChoices, langChoices, severityChoices } from './moderationChoices';

const Column = DataTable.Col<DictionaryEntry>;

const dictionaryFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={entryKindChoices} />,
];

const DictionaryActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/** The moderators' entries on top of the built-in dictionary; each takes effect the moment it is saved. */
export const DictionaryList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  return (
    <List<DictionaryEntry>
      filters={dictionaryFilters}
      actions={<DictionaryActions />}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<DictionaryEntry>
          primaryText={(entry) => entry.text}
          secondaryText={(entry) => translate(`moderation.dictionary.kinds.${entry.kind}`)}
          tertiaryText={<EnabledChip source="enabled" />}
          rowClick="show"
        />
      ) : (
        <DataTable<DictionaryEntry> rowClick="show" bulkActionButtons={false}>
          <Column source="kind">
            <SelectField source="kind" choices={entryKindChoices} />
          </Column>
          <Column source="text" />
          <Column source="lang">
            <SelectField source="lang" choices={langChoices} />
          </Column>
          <Column source="category">
            <SelectField source="category" choices={categoryChoices} />
          </Column>
          <Column source="severity">
            <SelectField source="severity" choices={severityChoices} />
          </Column>
          <Column source="enabled">
            <EnabledChip source="enabled" />
          </Column>
          <Column source="note" disableSort />
          <Column source="createdBy" />
          <Column source="updatedAt">
            <DateField source="updatedAt" showTime />
          </Column>
          <Column label={false} disableSort>
            <DictionaryToggleButton />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
