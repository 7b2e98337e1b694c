// Messages of the team area (en). Owned by the team area; merged into the catalogue by ./index.ts.
export const teamMessages = {
  resources: {
    team: {
      name: 'Team member |||| Team',
      fields: {
        name: 'Name',
        email: 'Email',
        role: 'Role',
        status: 'Status',
        lastSignInAt: 'Last sign-in',
        createdAt: 'Invited on',
        q: 'Search',
      },
      statuses: {
        invited: 'Invited',
        active: 'Active',
        deactivated: 'Deactivated',
      },
      never_signed_in: 'Never',
      page: {
        create: 'Invite a team member',
      },
      actions: {
        invite: 'Invite',
        deactivate: 'Deactivate',
        reactivate: 'Reactivate',
      },
      confirm: {
        deactivate_title: 'Deactivate %{name}?',
        deactivate_content:
          'They will be signed out and can no longer sign in until someone reactivates them.',
        reactivate_title: 'Reactivate %{name}?',
        reactivate_content: 'They will be able to sign in again with their current role.',
      },
      yourself_role: "You can't change your own role.",
      yourself: "You can't deactivate yourself.",
      empty: 'No team members yet',
      invite: 'Invite the people who run your brand on RED.',
      notifications: {
        invited: 'Invitation sent to %{email}',
        deactivated: '%{name} was deactivated',
        reactivated: '%{name} was reactivated',
        updated: 'Team member saved',
      },
    },
  },
  team: {
    errors: {
      email_taken: 'Someone with this email is already on the team.',
      not_yourself: "You can't deactivate or demote yourself.",
    },
  },
};
