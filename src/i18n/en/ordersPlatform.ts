// Messages (en) of the ordersPlatform work: the `code` and `errors` values the mock platform's
// order, after-sales and service-settings endpoints answer (afterSales.threshold_too_high, a field
// error of the settings form, lives with that form in serviceAdmin.ts). Merged by ./index.ts.
export const ordersPlatformMessages = {
  afterSales: {
    needs_admin: 'This amount is above your brand’s approval threshold: a brand admin has to approve it.',
    already_decided: 'This request has already been decided. The latest outcome is shown.',
  },
};
