import { Alert } from '@mui/material';
import {
  Create,
  FormDataConsumer,
  SelectInput,
  SimpleForm,
  TextInput,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { dictionaryEntryCreateSchema, type DictionaryEntry, type DictionaryEntryKind } from '../api';
import { zodValidator } from '../components/zodValidator';
import { categoryChoices, entryKindChoices, langChoices, severityChoices } from './moderationChoices';
import { useDictionaryChanged } from './useDictionaryChanged';

const fields = dictionaryEntryCreateSchema.shape;
const validate = {
  kind: zodValidator(fields.kind, { required: true }),
  text: zodValidator(fields.text, { required: true }),
  note: zodValidator(fields.note, { required: true }),
};
const defaultValues = {
  kind: 'term',
  lang: 'zh',
  category: 'SUP',
  severity: 'block',
  enabled: true,
  note: '',
};

const KindHelp = ({ kind }: { kind: DictionaryEntryKind | undefined }) => {
  const translate = useTranslate();
  return kind ? (
    <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
      {translate(`moderation.dictionary.kind_help.${kind}`)}
    </Alert>
  ) : null;
};

/** A new term, whitelisted span or trademark; it is in force for everyone as soon as it is saved. */
export const DictionaryCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const dictionaryChanged = useDictionaryChanged();
  return (
    <Create<DictionaryEntry>
      mutationOptions={{
        onSuccess: (entry) => {
          void dictionaryChanged();
          notify('moderation.dictionary.created', { type: 'success' });
          redirect('show', 'claim-dictionary', entry.id);
        },
      }}
    >
      <SimpleForm defaultValues={defaultValues}>
        <SelectInput source="kind" choices={entryKindChoices} validate={validate.kind} />
        <FormDataConsumer<{ kind?: DictionaryEntryKind }>>
          {({ formData }) => (
            <>
              <KindHelp kind={formData.kind} />
              <TextInput source="text" validate={validate.text} />
              {formData.kind === 'term' && (
                <>
                  <SelectInput source="lang" choices={langChoices} />
                  <SelectInput source="category" choices={categoryChoices} />
                  <SelectInput source="severity" choices={severityChoices} />
                </>
              )}
            </>
          )}
        </FormDataConsumer>
        <TextInput
          source="note"
          validate={validate.note}
          helperText="moderation.dictionary.note_help"
          multiline
          minRows={2}
        />
      </SimpleForm>
    </Create>
  );
};
