import { brandCategories, verificationStatusSchema } from '../api';

export const categoryChoices = brandCategories.map((id) => ({
  id,
  name: `resources.brands.categories.${id}`,
}));

export const verificationStatusChoices = verificationStatusSchema.options.map((id) => ({
  id,
  name: `resources.brands.statuses.${id}`,
}));

/** Palette colours, so the chips keep their contrast in the dark theme too. */
export const verificationStatusColors = {
  draft: 'default',
  submitted: 'info',
  approved: 'success',
  rejected: 'error',
} as const;
