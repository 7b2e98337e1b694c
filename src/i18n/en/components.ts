// Messages of the shared components (en): draft notice, conflict dialog, record errors, money input.
export const componentsMessages = {
  components: {
    pane_error: {
      message: "This part of the page couldn't be shown. The rest still works.",
      retry: 'Try again',
    },
    money: {
      too_many_decimals: 'Use at most 2 decimals (1 fen is ¥0.01).',
      not_a_number: 'Enter an amount in yuan, e.g. 129.90.',
    },
    draft: {
      restored: 'Your unsaved changes were restored.',
      discard: 'Discard',
    },
    conflict: {
      title: 'Someone else changed this record since you opened it',
      intro:
        'These fields differ. "Keep my changes" keeps what you edited; the other fields take their version.',
      no_differences: 'Their changes are in fields you did not edit.',
      field: 'Field',
      yours: 'Yours',
      theirs: 'Theirs',
      unchanged: 'Not changed by you',
      load_theirs: 'Load their version',
      keep_mine: 'Keep my changes',
      kept: 'Your changes are kept and the other fields show their version. Saving now will overwrite their version of what you edited.',
    },
    record_error: {
      back_to_list: 'Back to the list',
      not_found: {
        title: 'Not found',
        body: "This record doesn't exist, or it isn't part of your brand.",
      },
      forbidden: {
        title: "You don't have access to this",
        body: 'Your role may not open this page. Ask your brand admin if you need it.',
      },
      load_failed: {
        title: "This record couldn't be loaded",
        body: 'The platform did not answer. Try again in a moment.',
      },
    },
  },
};
