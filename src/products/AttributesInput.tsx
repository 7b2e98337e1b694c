import { useCallback } from 'react';
import { Box, Button, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/DeleteOutline';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { TextInput, useTranslate } from 'react-admin';
import { attributeValidators as validate } from './productValidation';
import { FieldArrayError } from './FieldArrayError';
import { RemovalNotice } from './RemovalNotice';
import { useUndoableRemoval } from './useUndoableRemoval';

/** The contract's limit (attributeSchema array max). */
const MAX_ATTRIBUTES = 20;

interface Attribute {
  name: string;
  value: string;
}

/** Name and value pairs ("Skin type: all"), added and removed (with undo) as rows that stack on a phone. */
export const AttributesInput = () => {
  const translate = useTranslate();
  const { control, getValues } = useFormContext();
  const { fields, append, remove, insert } = useFieldArray({ control, name: 'attributes' });
  const removal = useUndoableRemoval<Attribute>({
    remove,
    insert,
    valueAt: useCallback((index: number) => getValues(`attributes.${index}`) as Attribute, [getValues]),
    nameAt: useCallback(
      (index: number) => {
        const name: unknown = getValues(`attributes.${index}.name`);
        return typeof name === 'string' && name.trim()
          ? name.trim()
          : translate('resources.products.attributes.unnamed');
      },
      [getValues, translate],
    ),
  });

  const add = () => {
    removal.forget();
    append({ name: '', value: '' }, { shouldFocus: true, focusName: `attributes.${fields.length}.name` });
  };

  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('resources.products.attributes.intro')}
      </Typography>
      {fields.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic', mb: 1 }}>
          {translate('resources.products.attributes.empty')}
        </Typography>
      )}
      {fields.map((field, index) => {
        const number = index + 1;
        return (
          // Name, value and remove side by side even on a phone: attributes are short.
          <Box
            key={field.id}
            role="group"
            aria-label={translate('resources.products.attributes.row', { number })}
            sx={{
              display: 'grid',
              gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr) auto',
              columnGap: { xs: 1, sm: 2 },
              alignItems: 'start',
            }}
          >
            <TextInput
              source={`attributes.${index}.name`}
              label="resources.products.attributes.name"
              validate={validate.name}
            />
            <TextInput
              source={`attributes.${index}.value`}
              label="resources.products.attributes.value"
              validate={validate.value}
            />
            <Tooltip title={translate('resources.products.attributes.remove', { number })}>
              <IconButton
                aria-label={translate('resources.products.attributes.remove', { number })}
                onClick={() => removal.removeAt(index)}
                sx={{ mt: 1 }}
              >
                <RemoveIcon />
              </IconButton>
            </Tooltip>
          </Box>
        );
      })}
      <FieldArrayError name="attributes" />
      {removal.removal && (
        <RemovalNotice
          message={translate('resources.products.attributes.removed', { name: removal.removal.name })}
          onUndo={removal.undo}
          undoRef={removal.undoRef}
        />
      )}
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, mt: 1, flexWrap: 'wrap' }}>
        <Button
          startIcon={<AddIcon />}
          onClick={add}
          disabled={fields.length >= MAX_ATTRIBUTES}
          variant="outlined"
          size="small"
        >
          {translate('resources.products.attributes.add')}
        </Button>
        {fields.length >= MAX_ATTRIBUTES && (
          <Typography variant="caption" color="text.secondary">
            {translate('resources.products.attributes.max_reached', { max: MAX_ATTRIBUTES })}
          </Typography>
        )}
      </Stack>
    </Box>
  );
};
