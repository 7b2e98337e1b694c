import { useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateField,
  FilterButton,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import type { TeamMember } from '../api';
import { MemberStatusChip } from './MemberStatusChip';
import { memberStatusChoices, roleChoices } from './teamChoices';

const Column = DataTable.Col<TeamMember>;

const teamFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <SelectInput key="status" source="status" choices={memberStatusChoices} alwaysOn />,
];

const TeamListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="resources.team.actions.invite" />
  </TopToolbar>
);

export const TeamList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  return (
    <List<TeamMember>
      filters={teamFilters}
      actions={<TeamListActions />}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
    >
      {isSmall ? (
        <SimpleList<TeamMember>
          primaryText={(member) => member.name}
          secondaryText={(member) => member.email}
          tertiaryText={<MemberStatusChip source="status" />}
          rowClick="edit"
        />
      ) : (
        <DataTable<TeamMember> rowClick="edit" bulkActionButtons={false}>
          <Column source="name" />
          <Column source="email" />
          <Column source="role">
            <SelectField source="role" choices={roleChoices} />
          </Column>
          <Column source="status">
            <MemberStatusChip source="status" />
          </Column>
          <Column source="lastSignInAt">
            <DateField
              source="lastSignInAt"
              showTime
              emptyText={translate('resources.team.never_signed_in')}
            />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
