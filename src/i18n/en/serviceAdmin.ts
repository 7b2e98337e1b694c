// Messages (en) of the serviceAdmin work (quick replies, service settings); merged into the catalogue by ./index.ts.
export const serviceAdminMessages = {
  resources: {
    'quick-replies': {
      name: 'Quick reply |||| Quick replies',
      fields: {
        title: 'Title',
        body: 'Reply text',
        createdByName: 'Written by',
        updatedAt: 'Updated',
        q: 'Search',
      },
      helpers: {
        body: 'Agents send this to buyers with the variables filled in. Checked for banned claims like any reply.',
      },
      page: {
        create: 'New quick reply',
      },
      variables: {
        label: 'Insert a variable',
        insert: 'Insert %{variable} at the cursor',
        buyerName: 'Buyer name',
        orderNumber: 'Order number',
        trackingNumber: 'Tracking number',
        agentName: 'Agent name',
      },
      preview: {
        title: 'Preview',
        caption: 'With sample values; agents see the buyer’s own details.',
        empty: 'Type the reply to see how buyers will read it.',
        sample_buyer: 'Lulu',
        sample_agent: 'Jiayi',
      },
      unknown: {
        title: 'Not a variable: %{names}. |||| Not variables: %{names}.',
        body: 'Buyers would see these in braces as written. Variables are {buyerName}, {orderNumber}, {trackingNumber} and {agentName}, spelled exactly.',
        did_you_mean: 'Did you mean %{suggestion}?',
      },
      empty: 'No quick replies yet',
      invite: 'Write the answers your team sends most, so agents reply in seconds.',
      read_only: 'Your role can read the team’s quick replies but not change them.',
      notifications: {
        created: 'Quick reply saved',
        updated: 'Quick reply saved',
      },
      confirm_delete: {
        title: 'Delete the quick reply “%{title}”?',
        content: 'Agents will no longer find it in the reply box. This can’t be undone.',
      },
    },
    'service-settings': {
      name: 'Service settings |||| Service settings',
      fields: {
        approvalThresholdFen: 'After-sales approval threshold',
        updatedAt: 'Last changed',
      },
      helpers: {
        approvalThresholdFen:
          'Agents can approve refunds up to this amount; above it a brand admin must approve.',
      },
      page: {
        title: 'Service settings',
      },
      sections: {
        after_sales: 'After-sales approvals',
      },
      read_only: 'Only a brand admin can change these settings.',
      explain_threshold: 'Agents can approve refunds up to %{amount}; above it a brand admin must approve.',
      notifications: {
        updated: 'Service settings saved',
      },
      no_brand: 'Service settings belong to a brand; your account has none.',
    },
  },
  afterSales: {
    threshold_too_high: 'Set a threshold of ¥100,000 or less',
  },
};
