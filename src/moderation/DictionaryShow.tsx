import { Box, Stack } from '@mui/material';
import {
  DateField,
  SelectField,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  ListButton,
  WithRecord,
  useCanAccess,
} from 'react-admin';
import type { DictionaryEntry } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { DictionaryHistory } from './DictionaryHistory';
import { DictionaryToggleButton } from './DictionaryToggleButton';
import { EnabledChip } from './EnabledChip';
import { categoryChoices, entryKindChoices, langChoices, severityChoices } from './moderationChoices';

const DictionaryShowActions = () => {
  const { canAccess } = useCanAccess({ resource: 'claim-dictionary', action: 'edit' });
  return (
    <TopToolbar>
      <ListButton />
      {canAccess && <DictionaryToggleButton />}
    </TopToolbar>
  );
};

/** One entry and its history; entries are never edited in place, only enabled or disabled with a note. */
export const DictionaryShow = () => (
  <GuardedShow<DictionaryEntry> actions={<DictionaryShowActions />}>
    <Stack>
      <SimpleShowLayout>
        <SelectField source="kind" choices={entryKindChoices} />
        <TextField source="text" />
        <WithRecord<DictionaryEntry>
          label="moderation.dictionary.term_details"
          render={(entry) =>
            entry.kind === 'term' ? (
              <Stack direction="row" spacing={2}>
                <SelectField source="lang" choices={langChoices} />
                <SelectField source="category" choices={categoryChoices} />
                <SelectField source="severity" choices={severityChoices} />
              </Stack>
            ) : (
              '—'
            )
          }
        />
        <EnabledChip source="enabled" />
        <TextField source="note" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="createdBy" />
        <DateField source="createdAt" showTime />
        <DateField source="updatedAt" showTime />
      </SimpleShowLayout>
      <Box sx={{ px: 2, pb: 2 }}>
        <WithRecord<DictionaryEntry> render={(entry) => <DictionaryHistory entry={entry} />} />
      </Box>
    </Stack>
  </GuardedShow>
);
