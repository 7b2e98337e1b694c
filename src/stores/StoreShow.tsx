import { Box, Stack, Typography } from '@mui/material';
import {
  FunctionField,
  SelectField,
  SimpleShowLayout,
  TextField,
  useLocaleState,
  useRecordContext,
} from 'react-admin';
import { storeChecklist, type Store } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { StoreChecklist } from './StoreChecklist';
import { StoreHeader } from './StoreHeader';
import { StoreSection } from './StoreSection';
import { countryName } from './countryChoices';
import { maskedAccount } from './maskedAccount';
import { currencyChoices, returnPolicyChoices, storeTypeChoices, tradeModelChoices } from './storeChoices';
import { useStoreBrand } from './useStoreBrand';

const EMPTY = '—';
const layoutSx = { p: 0, '& .RaSimpleShowLayout-stack': { gap: 0.5 } };
const multilineSx = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/**
 * The store read-only, for customer service and moderators (an Edit button shows only to roles that may
 * edit). User content is rendered as text; account numbers are masked.
 */
export const StoreShow = () => (
  <GuardedShow<Store> title="resources.stores.page.show">
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <StoreHeader />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
          gap: 2,
        }}
      >
        <StoreFacts />
        <ReadOnlyChecklist />
      </Box>
    </Stack>
  </GuardedShow>
);

const StoreFacts = () => {
  const [locale] = useLocaleState();
  return (
    <>
      <StoreSection title="resources.stores.sections.identity">
        <SimpleShowLayout sx={layoutSx}>
          <FunctionField<Store> source="brandId" render={() => <StoreBrandName />} />
          <TextField source="intro" sx={multilineSx} emptyText={EMPTY} />
        </SimpleShowLayout>
      </StoreSection>
      <StoreSection title="resources.stores.sections.business">
        <SimpleShowLayout sx={layoutSx}>
          <SelectField source="storeType" choices={storeTypeChoices} emptyText={EMPTY} />
          <SelectField source="tradeModel" choices={tradeModelChoices} emptyText={EMPTY} />
        </SimpleShowLayout>
      </StoreSection>
      <StoreSection title="resources.stores.sections.logistics">
        <SimpleShowLayout sx={layoutSx}>
          <FunctionField<Store>
            source="shippingOrigin"
            render={(store) => (store.shippingOrigin ? countryName(store.shippingOrigin, locale) : EMPTY)}
          />
          <TextField source="warehouse" emptyText={EMPTY} />
          <TextField source="returnAddress" sx={multilineSx} emptyText={EMPTY} />
          <SelectField source="returnPolicy" choices={returnPolicyChoices} emptyText={EMPTY} />
        </SimpleShowLayout>
      </StoreSection>
      <StoreSection title="resources.stores.sections.settlement">
        <SimpleShowLayout sx={layoutSx}>
          <TextField source="settlementBank" emptyText={EMPTY} />
          <TextField source="settlementAccountName" emptyText={EMPTY} />
          <FunctionField<Store>
            source="settlementAccountNumber"
            render={(store) => maskedAccount(store.settlementAccountNumber) || EMPTY}
          />
          <TextField source="settlementSwift" emptyText={EMPTY} />
          <FunctionField<Store>
            source="settlementIban"
            render={(store) => maskedAccount(store.settlementIban) || EMPTY}
          />
          <SelectField source="settlementCurrency" choices={currencyChoices(true)} emptyText={EMPTY} />
        </SimpleShowLayout>
      </StoreSection>
      <StoreSection title="resources.stores.sections.service_hours">
        <SimpleShowLayout sx={layoutSx}>
          <FunctionField<Store>
            source="serviceHoursStart"
            label="resources.stores.fields.serviceHours"
            render={(store) => `${store.serviceHoursStart}–${store.serviceHoursEnd}`}
          />
        </SimpleShowLayout>
      </StoreSection>
    </>
  );
};

/** Read with GET /brands/:id: customer service may show their brand, not list brands. */
const StoreBrandName = () => {
  const store = useRecordContext<Store>();
  const { data: brand } = useStoreBrand(store?.brandId);
  if (!brand) return null;
  return (
    <Typography component="span" variant="body2">
      {brand.nameEn && brand.nameEn !== brand.name ? `${brand.name} · ${brand.nameEn}` : brand.name}
    </Typography>
  );
};

/** What opening still needs, for a store not open yet: moderators answer brands' questions from it. */
const ReadOnlyChecklist = () => {
  const store = useRecordContext<Store>();
  const { data: brand } = useStoreBrand(store?.brandId);
  if (!store || !brand || store.status === 'open') return null;
  return (
    <StoreSection title="resources.stores.checklist.title">
      <StoreChecklist items={storeChecklist(store, brand)} />
    </StoreSection>
  );
};
