// Messages (en) of the brandProfile work; merged into the catalogue by ./index.ts over ./brands.ts.
export const brandProfileMessages = {
  resources: {
    brands: {
      fields: {
        logo: 'Logo',
        category: 'Category',
        verificationStatus: 'Verification',
        verifiedAt: 'Verified',
        updatedAt: 'Updated',
      },
      helpers: {
        name: 'Your official account name on RED, up to 30 characters.',
        nameEn: 'For shoppers and staff who read English, up to 60 characters.',
        intro: 'What your brand stands for, up to 500 characters. Shown on your official account.',
        country: 'Where the brand comes from.',
      },
      categories: {
        skincare: 'Skincare',
        makeup: 'Makeup',
        supplements: 'Supplements',
        tea: 'Tea',
        fragrance: 'Fragrance',
        fashion: 'Fashion',
        home: 'Home',
        food: 'Food',
      },
      statuses: {
        draft: 'Not verified',
        submitted: 'Verification in review',
        approved: 'Verified',
        rejected: 'Verification rejected',
      },
      sections: {
        verification: 'Verification',
      },
      verification: {
        draft: 'Your brand is not verified yet. Verified brands can open a store and sell on RED.',
        submitted: "Your application is with RED's moderators. You'll see their decision here.",
        approved: 'Your brand was verified on %{date}.',
        approved_undated: 'Your brand is verified.',
        rejected: 'Your application was rejected. Fix what the moderators marked and submit it again.',
        start: 'Start verification',
        open: 'Open the application',
        fix: 'Fix the application',
      },
      notifications: {
        updated: 'Brand profile saved',
      },
      no_logo: 'No logo yet',
      no_intro: 'No introduction yet',
    },
  },
  validation: {
    country: 'Choose a country or region',
  },
};
