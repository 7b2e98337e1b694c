import { Alert, useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateField,
  List,
  SearchInput,
  SimpleList,
  TopToolbar,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import type { QuickReply } from '../api';
import { DeleteQuickReplyButton } from './DeleteQuickReplyButton';
import { BodyPreview, QuickReplyEmpty } from './QuickReplyListParts';

const Column = DataTable.Col<QuickReply>;

const quickReplyFilters = [<SearchInput key="q" source="q" alwaysOn />];

const QuickReplyListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

const ReadOnlyNotice = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 1 }}>
      {translate('resources.quick-replies.read_only')}
    </Alert>
  );
};

/** The team's templates; those who may edit open one by its row, readers see each text in full. */
export const QuickReplyList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const { canAccess: canEdit, isPending } = useCanAccess({ resource: 'quick-replies', action: 'edit' });
  const readOnly = !isPending && !canEdit;
  return (
    <>
      {readOnly && <ReadOnlyNotice />}
      <List<QuickReply>
        filters={quickReplyFilters}
        actions={<QuickReplyListActions />}
        empty={<QuickReplyEmpty />}
        sort={{ field: 'updatedAt', order: 'DESC' }}
        perPage={25}
        exporter={false}
      >
        {isSmall ? (
          <SimpleList<QuickReply>
            primaryText={(reply) => reply.title}
            secondaryText={<BodyPreview full={readOnly} />}
            tertiaryText={(reply) => reply.createdByName}
            rowClick={canEdit ? 'edit' : false}
          />
        ) : (
          <DataTable<QuickReply> rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
            <Column source="title" />
            <Column source="body" disableSort>
              <BodyPreview full={readOnly} />
            </Column>
            <Column source="createdByName" />
            <Column source="updatedAt">
              <DateField source="updatedAt" showTime />
            </Column>
            {canEdit && (
              <Column label={false} disableSort>
                <DeleteQuickReplyButton />
              </Column>
            )}
          </DataTable>
        )}
      </List>
    </>
  );
};
