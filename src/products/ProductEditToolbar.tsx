import { Stack } from '@mui/material';
import { useFormState } from 'react-hook-form';
import { DeleteButton, SaveButton, Toolbar } from 'react-admin';
import { ProductStatusActions } from './ProductStatusActions';

/**
 * The form's Save and Delete plus List and Delist. Listing acts on the saved copy and reloads the record,
 * which would reset the form: with unsaved changes the buttons wait until they are saved.
 */
export const ProductEditToolbar = () => {
  const { isDirty } = useFormState();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <SaveButton />
        <ProductStatusActions unsavedChanges={isDirty} />
      </Stack>
      <DeleteButton />
    </Toolbar>
  );
};
