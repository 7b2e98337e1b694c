import { useMemo } from 'react';
import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { BooleanInput, SelectInput, TextInput, useLocaleState, useTranslate } from 'react-admin';
import { declaredUnits } from '../api';
import { taxCategories } from '../domain/tax';
import { originCountryChoices } from './originCountries';
import { crossBorderValidators as validate } from './productValidation';

const label = (field: string) => `resources.products.cross_border.fields.${field}`;

const unitChoices = declaredUnits.map((id) => ({ id, name: `resources.products.cross_border.units.${id}` }));
const taxCategoryChoices = taxCategories.map((id) => ({
  id,
  name: `resources.products.cross_border.tax_categories.${id}`,
}));

/**
 * What customs need for a product of a cross-border store. Rendered only for such stores, so the fields
 * are required exactly when the platform requires them. The tax category and "prices include tax" drive
 * the buyer price shown under every SKU.
 */
export const CrossBorderInputs = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const origin: unknown = useWatch({ name: 'crossBorder.originCountry' });
  const included: unknown = useWatch({ name: 'crossBorder.priceIncludesTax' });
  const countries = useMemo(() => originCountryChoices(locale, origin), [locale, origin]);
  return (
    <Box sx={{ width: '100%' }}>
      <Box component="p" sx={{ typography: 'body2', color: 'text.secondary', mt: 0, mb: 1 }}>
        {translate('resources.products.cross_border.intro')}
      </Box>
      <Box
        sx={{
          display: 'grid',
          columnGap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
        }}
      >
        <SelectInput
          source="crossBorder.originCountry"
          label={label('originCountry')}
          choices={countries}
          translateChoice={false}
          validate={validate.originCountry}
        />
        <TextInput
          source="crossBorder.hsCode"
          label={label('hsCode')}
          validate={validate.hsCode}
          helperText="resources.products.cross_border.helpers.hsCode"
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 10 } }}
        />
        <SelectInput
          source="crossBorder.declaredUnit"
          label={label('declaredUnit')}
          choices={unitChoices}
          validate={validate.declaredUnit}
        />
        <SelectInput
          source="crossBorder.taxCategory"
          label={label('taxCategory')}
          choices={taxCategoryChoices}
          validate={validate.taxCategory}
          helperText="resources.products.cross_border.helpers.taxCategory"
        />
      </Box>
      <BooleanInput
        source="crossBorder.priceIncludesTax"
        label={label('priceIncludesTax')}
        defaultValue={true}
        helperText={
          included === false
            ? 'resources.products.cross_border.helpers.added'
            : 'resources.products.cross_border.helpers.included'
        }
      />
    </Box>
  );
};
