import { Avatar, Box, Stack, Typography } from '@mui/material';
import StoreIcon from '@mui/icons-material/StorefrontOutlined';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Store } from '../api';
import { StoreStatusChip } from './StoreStatusChip';

/** The store as shoppers first see it: banner, logo, name and whether it is open. */
export const StoreHeader = () => {
  const store = useRecordContext<Store>();
  const translate = useTranslate();
  if (!store) return null;
  const name = store.name || translate('resources.stores.unnamed');
  return (
    <Box sx={{ width: '100%' }}>
      {store.banner && (
        <Box
          component="img"
          src={store.banner.url}
          alt={translate('resources.stores.images.banner', { name })}
          sx={{ width: '100%', maxHeight: 200, objectFit: 'cover', borderRadius: 1, display: 'block' }}
        />
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: store.banner ? 2 : 0 }}>
        <Avatar
          variant="rounded"
          src={store.logo?.url}
          alt={store.logo ? translate('resources.stores.images.logo', { name }) : undefined}
          sx={{ width: 64, height: 64, bgcolor: 'action.hover', color: 'text.secondary' }}
        >
          <StoreIcon />
        </Avatar>
        <Stack spacing={0.5} sx={{ minWidth: 0 }}>
          <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
            {name}
          </Typography>
          <Box>
            <StoreStatusChip />
          </Box>
        </Stack>
      </Stack>
    </Box>
  );
};
