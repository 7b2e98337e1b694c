import { Alert, Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { SelectInput, useTranslate } from 'react-admin';
import { isCrossBorder, type Store } from '../api';
import { StoreFieldAnchor, StoreSection } from './StoreSection';
import { storeTypeChoices, tradeModelChoices } from './storeChoices';
import { emptyToNull } from './storeValidation';

/**
 * The one rule that ties the two together (the checklist and the platform hold to it as well): a
 * cross-border flagship sells across the border, and a cross-border trade model needs that store type.
 */
export const typeMatchesTradeModel = (
  storeType: Store['storeType'] | undefined,
  tradeModel: Store['tradeModel'] | undefined,
) => !storeType || !tradeModel || (storeType === 'cross_border_flagship') === isCrossBorder(tradeModel);

/** Once the store is open its trade model is fixed: its products carry customs data (or none) for it. */
export const StoreBusinessInputs = ({ isOpen }: { isOpen: boolean }) => {
  const translate = useTranslate();
  const storeType = useWatch<Store, 'storeType'>({ name: 'storeType' });
  const tradeModel = useWatch<Store, 'tradeModel'>({ name: 'tradeModel' });
  const matches = typeMatchesTradeModel(storeType, tradeModel);
  return (
    <StoreSection title="resources.stores.sections.business" description="resources.stores.helpers.business">
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%' }}>
        <StoreFieldAnchor field="storeType">
          <SelectInput source="storeType" choices={storeTypeChoices} parse={emptyToNull} fullWidth />
        </StoreFieldAnchor>
        <StoreFieldAnchor field="tradeModel">
          <SelectInput
            source="tradeModel"
            choices={tradeModelChoices}
            parse={emptyToNull}
            readOnly={isOpen}
            helperText={isOpen ? 'resources.stores.helpers.trade_model_locked' : undefined}
            fullWidth
          />
        </StoreFieldAnchor>
      </Stack>
      {/* Said before it goes wrong, and again (as a warning) when it has; a live region, so the change is heard. */}
      <Alert severity={matches ? 'info' : 'warning'} role="status">
        {translate(matches ? 'resources.stores.helpers.type_rule' : 'stores.errors.type_trade_model')}
      </Alert>
    </StoreSection>
  );
};
