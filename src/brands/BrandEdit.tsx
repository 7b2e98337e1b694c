import { SaveButton, SimpleForm, Toolbar } from 'react-admin';
import type { Brand, BrandUpdate } from '../api';
import { ConflictAwareEdit } from '../components/ConflictAwareEdit';
import { ConflictDialog } from '../components/ConflictDialog';
import { FormDraftKeeper } from '../components/FormDraftKeeper';
import { BrandInputs } from './BrandInputs';

// The profile this form edits; verification status and dates belong to the platform and are neither sent
// nor compared when someone else saved in between.
const editableFields = ['name', 'nameEn', 'logo', 'category', 'country', 'intro'] as const;

const toUpdate = (brand: Brand): BrandUpdate => ({
  version: brand.version,
  ...Object.fromEntries(editableFields.map((field) => [field, brand[field]])),
});

// A brand is never deleted from the console.
const BrandEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Brand admins and marketers edit their official account profile; the platform checks it again. */
export const BrandEdit = () => (
  <ConflictAwareEdit<Brand> transform={toUpdate} redirect="show">
    <SimpleForm toolbar={<BrandEditToolbar />}>
      <FormDraftKeeper />
      <ConflictDialog fields={editableFields} />
      <BrandInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
