import { Stack } from '@mui/material';
import { AutocompleteInput, SelectInput, TextInput, useLocaleState, useRecordContext } from 'react-admin';
import type { Store } from '../api';
import { StoreFieldAnchor, StoreSection } from './StoreSection';
import { countryChoices } from './countryChoices';
import { returnPolicyChoices } from './storeChoices';
import { emptyToNull, keepText, storeValidators as validate } from './storeValidation';

/** `disabled` is passed on because the country input reads it from its props only, not from the form. */
export const StoreLogisticsInputs = ({ disabled }: { disabled: boolean }) => {
  const [locale] = useLocaleState();
  const record = useRecordContext<Store>();
  return (
    <StoreSection
      title="resources.stores.sections.logistics"
      description="resources.stores.helpers.logistics"
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%' }}>
        <StoreFieldAnchor field="shippingOrigin">
          <AutocompleteInput
            source="shippingOrigin"
            choices={countryChoices(locale, record?.shippingOrigin)}
            validate={validate.shippingOrigin}
            parse={keepText}
            emptyValue=""
            disabled={disabled}
            fullWidth
          />
        </StoreFieldAnchor>
        <StoreFieldAnchor field="warehouse">
          <TextInput
            source="warehouse"
            validate={validate.warehouse}
            parse={keepText}
            helperText="resources.stores.helpers.warehouse"
            fullWidth
          />
        </StoreFieldAnchor>
      </Stack>
      <StoreFieldAnchor field="returnAddress">
        <TextInput
          source="returnAddress"
          validate={validate.returnAddress}
          parse={keepText}
          helperText="resources.stores.helpers.returnAddress"
          multiline
          minRows={2}
          fullWidth
        />
      </StoreFieldAnchor>
      <StoreFieldAnchor field="returnPolicy">
        <SelectInput source="returnPolicy" choices={returnPolicyChoices} parse={emptyToNull} fullWidth />
      </StoreFieldAnchor>
    </StoreSection>
  );
};
