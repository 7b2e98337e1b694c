import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { ageChoices, kindChoices, severityChoices, statusChoices } from './moderationChoices';

export const moderationFilters = [
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="olderThanHours" source="olderThanHours" choices={ageChoices} alwaysOn />,
  <ReferenceInput key="brandId" source="brandId" reference="brands" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" label="resources.moderation.fields.brandId" />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <SelectInput key="severity" source="severity" choices={severityChoices} />,
];

/** The queue opens on what still waits; approved and rejected items are for looking back. */
export const moderationFilterDefaults = { status: 'pending' };
