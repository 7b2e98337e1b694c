import { Stack } from '@mui/material';
import { TextInput } from 'react-admin';
import { StoreFieldAnchor, StoreSection } from './StoreSection';
import { keepText, storeValidators as validate } from './storeValidation';

// The browser's own time picker answers "HH:mm", which is what the platform stores.
const timeSlotProps = { inputLabel: { shrink: true }, htmlInput: { step: 300 } };

export const StoreServiceHoursInputs = () => (
  <StoreSection
    title="resources.stores.sections.service_hours"
    description="resources.stores.helpers.service_hours"
  >
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%' }}>
      <StoreFieldAnchor field="serviceHoursStart">
        <TextInput
          source="serviceHoursStart"
          type="time"
          validate={validate.serviceHoursStart}
          parse={keepText}
          slotProps={timeSlotProps}
          fullWidth
        />
      </StoreFieldAnchor>
      <StoreFieldAnchor field="serviceHoursEnd">
        <TextInput
          source="serviceHoursEnd"
          type="time"
          validate={validate.serviceHoursEnd}
          parse={keepText}
          slotProps={timeSlotProps}
          fullWidth
        />
      </StoreFieldAnchor>
    </Stack>
  </StoreSection>
);
