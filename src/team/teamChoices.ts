import { brandRoleSchema, memberStatusSchema } from '../api';

// Role names live in the common catalogue (roles.*) because the whole console shows them.
export const roleChoices = brandRoleSchema.options.map((id) => ({ id, name: `roles.${id}` }));

export const memberStatusChoices = memberStatusSchema.options.map((id) => ({
  id,
  name: `resources.team.statuses.${id}`,
}));
