import { brandRoleSchema, memberStatusSchema } from '../api';
import { messageChoices } from '../components/messageChoices';

// Role names live in the common catalogue (roles.*) because the whole console shows them.
export const roleChoices = messageChoices(brandRoleSchema.options, 'roles');

export const memberStatusChoices = messageChoices(memberStatusSchema.options, 'resources.team.statuses');
