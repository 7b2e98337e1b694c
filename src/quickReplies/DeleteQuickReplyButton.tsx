import { DeleteButton, useRecordContext } from 'react-admin';
import type { QuickReply } from '../api';

/**
 * Deleting a template takes it away from every agent's reply box at once, so it asks first and names it.
 * Hidden for roles the access table does not allow to delete (react-admin asks canAccess).
 */
export const DeleteQuickReplyButton = () => {
  const record = useRecordContext<QuickReply>();
  if (!record) return null;
  return (
    <DeleteButton
      mutationMode="pessimistic"
      redirect="list"
      confirmTitle="resources.quick-replies.confirm_delete.title"
      confirmContent="resources.quick-replies.confirm_delete.content"
      titleTranslateOptions={{ title: record.title }}
    />
  );
};
