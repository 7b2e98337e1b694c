import { Stack } from '@mui/material';
import { SelectInput, TextInput } from 'react-admin';
import { StoreFieldAnchor, StoreSection } from './StoreSection';
import { currencyChoices } from './storeChoices';
import { emptyToNull, keepText, packedUpperCase, storeValidators as validate } from './storeValidation';

/**
 * Where RED pays the brand. Overseas brands (registered outside mainland China) are paid abroad, so they
 * give the bank's SWIFT/BIC and, where their country uses one, an IBAN; domestic brands are paid in yuan.
 */
export const StoreSettlementInputs = ({ overseas }: { overseas: boolean }) => (
  <StoreSection
    title="resources.stores.sections.settlement"
    description={
      overseas
        ? 'resources.stores.helpers.settlement_overseas'
        : 'resources.stores.helpers.settlement_domestic'
    }
  >
    <StoreFieldAnchor field="settlementBank">
      <TextInput source="settlementBank" validate={validate.settlementBank} parse={keepText} fullWidth />
    </StoreFieldAnchor>
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%' }}>
      <StoreFieldAnchor field="settlementAccountName">
        <TextInput
          source="settlementAccountName"
          validate={validate.settlementAccountName}
          parse={keepText}
          helperText="resources.stores.helpers.settlementAccountName"
          fullWidth
        />
      </StoreFieldAnchor>
      <StoreFieldAnchor field="settlementAccountNumber">
        <TextInput
          source="settlementAccountNumber"
          validate={validate.settlementAccountNumber}
          parse={keepText}
          helperText={overseas ? 'resources.stores.helpers.settlementAccountNumber_overseas' : false}
          autoComplete="off"
          fullWidth
        />
      </StoreFieldAnchor>
    </Stack>
    {overseas && (
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%' }}>
        <StoreFieldAnchor field="settlementSwift">
          <TextInput
            source="settlementSwift"
            validate={validate.settlementSwift}
            parse={packedUpperCase}
            helperText="resources.stores.helpers.settlementSwift"
            autoComplete="off"
            fullWidth
          />
        </StoreFieldAnchor>
        <StoreFieldAnchor field="settlementIban">
          <TextInput
            source="settlementIban"
            validate={validate.settlementIban}
            parse={packedUpperCase}
            helperText="resources.stores.helpers.settlementIban"
            autoComplete="off"
            fullWidth
          />
        </StoreFieldAnchor>
      </Stack>
    )}
    <StoreFieldAnchor field="settlementCurrency">
      <SelectInput
        source="settlementCurrency"
        choices={currencyChoices(overseas)}
        parse={emptyToNull}
        helperText={overseas ? false : 'resources.stores.helpers.settlementCurrency_domestic'}
        fullWidth
      />
    </StoreFieldAnchor>
  </StoreSection>
);
