// Messages (en) of the servicePlatform work: the `code` and `errors` values the mock platform's
// conversation, presence and quick-reply endpoints answer. Merged into the catalogue by ./index.ts.
export const servicePlatformMessages = {
  conversations: {
    not_assignee: 'A teammate holds this conversation. Take it over to reply; you can still add a note.',
    assignee_not_staff: 'Conversations can only be assigned to active agents or admins of your brand.',
    snooze_in_past: 'Choose a time in the future to snooze until.',
    unknown_product: 'This product is not one of your brand’s products.',
    unknown_order: 'This order is not one of your brand’s orders.',
    period_reversed: 'The end of the period comes before its start.',
    none_open: 'There is no open conversation for a demo buyer to write in.',
  },
};
