import { useState } from 'react';
import { Alert, Box, Button, Stack } from '@mui/material';
import { SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import type { Store } from '../api';
import { ConflictDialog } from '../components/ConflictDialog';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { VersionInput } from '../components/VersionInput';
import { StoreBusinessInputs } from './StoreBusinessInputs';
import { StoreChecklistPanel } from './StoreChecklistPanel';
import { StoreIdentityInputs } from './StoreIdentityInputs';
import { StoreLogisticsInputs } from './StoreLogisticsInputs';
import { StoreServiceHoursInputs } from './StoreServiceHoursInputs';
import { StoreSettlementInputs } from './StoreSettlementInputs';
import { VerificationRequired } from './VerificationRequired';
import { storeEditableFields } from './storeEditableFields';
import type { ChecklistKey } from './liveChecklist';
import { useSaveRefusals } from './useSaveRefusals';
import { useStoreBrand } from './useStoreBrand';

const StoreToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/**
 * The store form: the sections on the left, the opening checklist beside them (below them on a phone).
 * Until the brand is verified every field is disabled and the page leads to the verification first.
 */
export const StoreForm = () => {
  const store = useRecordContext<Store>();
  const translate = useTranslate();
  const { data: brand, error, refetch } = useStoreBrand(store?.brandId);
  const [refused, setRefused] = useState<ChecklistKey[]>([]);
  useSaveRefusals(setRefused);
  const verified = brand?.verificationStatus === 'approved';
  // Overseas until the brand says otherwise: asking for SWIFT too is safer than hiding it.
  const overseas = brand?.country !== 'CN';
  return (
    <SimpleForm disabled={!verified} toolbar={<StoreToolbar />}>
      {brand && brand.verificationStatus !== 'approved' && (
        <VerificationRequired brandId={brand.id} status={brand.verificationStatus} />
      )}
      {error && (
        <Alert
          severity="error"
          sx={{ width: '100%' }}
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              {translate('resources.stores.brand_error.retry')}
            </Button>
          }
        >
          {translate('resources.stores.brand_error.message')}
        </Alert>
      )}
      <FormDraftKeeper />
      <ConflictDialog fields={storeEditableFields} />
      <VersionInput />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) 320px' },
          gap: 2,
          alignItems: 'start',
          width: '100%',
          mt: 1,
        }}
      >
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <StoreIdentityInputs disabled={!verified} />
          <StoreBusinessInputs isOpen={store?.status === 'open'} />
          <StoreLogisticsInputs disabled={!verified} />
          <StoreSettlementInputs overseas={overseas} />
          <StoreServiceHoursInputs />
        </Stack>
        {brand && <StoreChecklistPanel brand={brand} refused={refused} onRefused={setRefused} />}
      </Box>
    </SimpleForm>
  );
};
