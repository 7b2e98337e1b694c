// Messages (en) of the verification work (the brand's application); merged into the catalogue by ./index.ts.
// The moderators' review reads the same `resources.verification-applications.*` keys.
export const verificationMessages = {
  resources: {
    'verification-applications': {
      name: 'Verification application |||| Verification applications',
      fields: {
        brandId: 'Brand',
        brandName: 'Brand',
        brandNameEn: 'English brand name',
        status: 'Status',
        companyName: 'Company name',
        registrationNumber: 'Registration number',
        companyCountry: 'Country of registration',
        legalRepresentative: 'Legal representative',
        trademarkNumber: 'Trademark registration number',
        trademarkOwner: 'Trademark owner',
        applicantOwnsTrademark: 'Our company owns the trademark',
        businessLicence: 'Business licence or company registration',
        legalRepId: "Legal representative's ID",
        trademarkCertificate: 'Trademark registration certificate',
        authorisationLetter: 'Brand authorisation letter',
        submittedAt: 'Submitted',
        decidedAt: 'Decided',
        rejections: 'Reasons for rejection',
        history: 'History',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
      statuses: {
        draft: 'Draft',
        submitted: 'Submitted',
        approved: 'Approved',
        rejected: 'Rejected',
      },
      reasons: {
        trademark_owner_mismatch: 'The trademark owner differs from the licence holder',
        scan_unreadable: 'The scan is unreadable',
        store_name_mismatch: 'The store name does not match the account name',
        document_expired: 'The document has expired',
        document_missing_pages: 'Pages of the document are missing',
        details_do_not_match: 'The details do not match the documents',
        other: 'Other',
      },
      notifications: {
        updated: 'Draft saved',
      },
      events: {
        submitted: 'Submitted by %{name}',
        resubmitted: 'Submitted again by %{name}',
        approved: 'Approved by %{name}',
        rejected: 'Rejected by %{name}',
      },
    },
  },
  verification: {
    page: {
      title: 'Brand verification',
    },
    banner: {
      draft_title: 'Verify your brand',
      draft:
        'Tell RED who stands behind the brand: your company, its legal representative and your trademark, with scans of the documents. Save a draft at any time and submit when everything is there.',
      submitted_title: 'Waiting for review',
      submitted:
        "Submitted on %{date}. RED's moderators are checking it; you'll see their decision here. The application can't be changed meanwhile.",
      approved_title: 'Your brand is verified',
      approved: 'Approved on %{date}. Next, set up your store so you can start selling.',
      set_up_store: 'Set up your store',
      rejected_title: 'Changes needed',
      rejected:
        "RED's moderators rejected the application on %{date}. Fix what they marked below, then submit it again.",
      read_only: 'Your role can read this application but not change it.',
    },
    sections: {
      company: 'Company',
      company_hint: 'The company that holds the business licence or the overseas registration.',
      legal_rep: 'Legal representative',
      legal_rep_hint: 'The person who represents the company by law.',
      trademark: 'Trademark',
      trademark_hint: 'The registered trademark the brand sells under.',
      complete: 'Complete',
      missing: '%{smart_count} to fill in |||| %{smart_count} to fill in',
    },
    helpers: {
      companyName: 'Exactly as written on the licence or registration.',
      registrationNumber:
        'The 18-character unified social credit code for a Chinese company; the registration number abroad.',
      companyCountry: 'Where the company is registered.',
      legalRepresentative: 'Full name, as on their ID.',
      trademarkNumber: 'As on the trademark registration certificate.',
      trademarkOwner: 'The holder named on the certificate.',
      applicantOwnsTrademark_on: 'The company above is the trademark owner.',
      applicantOwnsTrademark_off:
        'Someone else owns the trademark: upload their letter authorising your company to sell the brand on RED.',
      businessLicence: 'A clear scan or photo showing every corner of the document.',
      legalRepId: 'Both sides of the ID card, or the photo page of the passport.',
      trademarkCertificate: 'Every page of the registration certificate.',
      authorisationLetter: 'Signed by the trademark owner, naming your company and the brand.',
    },
    rejection: {
      separator: ': ',
      on_field: 'Rejected: %{reason}',
      note: 'Moderator’s note: %{note}',
      summary: 'What the moderators marked',
      go_to: 'Go to %{field}',
    },
    summary: {
      title: 'Some fields need your attention',
      item: '%{field}: %{message}',
    },
    actions: {
      save_draft: 'Save draft',
      submit: 'Submit for review',
      resubmit: 'Submit again',
      submitting: 'Submitting…',
    },
    notifications: {
      submitted: "Submitted for review. You'll see the decision here.",
    },
    history: {
      title: 'History',
    },
    errors: {
      incomplete: 'Some required details or documents are missing. They are marked below.',
      locked: "The application can't be changed now: it is waiting for review or already approved.",
      not_submitted: 'Only a submitted application can be approved or rejected.',
      reason_required: 'Give at least one reason for a rejection.',
    },
  },
};
