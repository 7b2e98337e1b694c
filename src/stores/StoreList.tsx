import { useMediaQuery, type Theme } from '@mui/material';
import { Navigate } from 'react-router-dom';
import {
  DataTable,
  DateField,
  List,
  Loading,
  ReferenceField,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
  useCanAccess,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { Store } from '../api';
import { StoreStatusChip } from './StoreStatusChip';
import { storeStatusChoices, storeTypeChoices, tradeModelChoices } from './storeChoices';

const Column = DataTable.Col<Store>;

const storeFilters = [<SelectInput key="status" source="status" choices={storeStatusChoices} alwaysOn />];

/**
 * A brand has one store, so its people go straight to it: to the form if they may edit it, to the page
 * otherwise (customer service). Platform staff, who belong to no brand, get the list of every store.
 */
export const StoreList = () => {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return <Loading />;
  const brandId: unknown = identity?.brandId;
  if (typeof brandId === 'string' && brandId !== '') return <OwnStoreRedirect brandId={brandId} />;
  return <AllStores />;
};

const OwnStoreRedirect = ({ brandId }: { brandId: string }) => {
  const { canAccess, isPending } = useCanAccess({ resource: 'stores', action: 'edit' });
  if (isPending) return <Loading />;
  const path = `/stores/${encodeURIComponent(brandId)}`;
  return <Navigate replace to={canAccess ? path : `${path}/show`} />;
};

const BrandName = () => (
  <ReferenceField<Store> source="brandId" reference="brands" link={false}>
    <TextField source="name" />
  </ReferenceField>
);

const AllStores = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  const unnamed = translate('resources.stores.unnamed');
  return (
    <List<Store>
      filters={storeFilters}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<Store>
          primaryText={(store) => store.name || unnamed}
          secondaryText={<BrandName />}
          tertiaryText={<StoreStatusChip withDate={false} />}
          rowClick="show"
        />
      ) : (
        <DataTable<Store> rowClick="show" bulkActionButtons={false}>
          <Column source="brandId">
            <BrandName />
          </Column>
          <Column source="name">
            <TextField source="name" emptyText={unnamed} />
          </Column>
          <Column source="storeType">
            <SelectField source="storeType" choices={storeTypeChoices} />
          </Column>
          <Column source="tradeModel">
            <SelectField source="tradeModel" choices={tradeModelChoices} />
          </Column>
          <Column source="status">
            <StoreStatusChip withDate={false} />
          </Column>
          <Column source="openedAt">
            <DateField source="openedAt" emptyText="—" />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
