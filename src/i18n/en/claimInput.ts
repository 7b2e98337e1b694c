// Messages of the claim-checked text input (en), plus the platform's 422 codes for blocked copy.
export const claimInputMessages = {
  claimInput: {
    summary: {
      block: '%{smart_count} claim blocks publishing |||| %{smart_count} claims block publishing',
      warn: "%{smart_count} needs a moderator's review |||| %{smart_count} need a moderator's review",
      none: 'No banned claims found',
      separator: ' · ',
    },
    findings_label: 'Claims found in this text',
    as_typed: 'As typed: “%{text}”',
    canonical: 'Rule term: %{term}',
    suggestion: 'Try: %{suggestion}',
    validation_blocked: 'Remove the blocked claims before saving',
    warn_note: "Claims marked for review will go to RED's moderators before the item can go live.",
  },
  claims: {
    blocked: 'This copy contains claims RED does not allow.',
    blocked_field: 'RED does not allow the claims marked in this text. Remove them before saving.',
  },
};
