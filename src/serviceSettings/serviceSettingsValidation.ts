import { serviceSettingsUpdateSchema, type ServiceSettings } from '../api';
import { zodValidator } from '../components/zodValidator';

/** The platform's rule, with its message keys: whole fen, not negative, at most ¥100,000. */
export const approvalThresholdValidators = [
  zodValidator(serviceSettingsUpdateSchema.shape.approvalThresholdFen, { required: true }),
];

/** Only what the form edits goes back, with the version it was based on. */
export const toServiceSettingsUpdate = ({ version, approvalThresholdFen }: ServiceSettings) => ({
  version,
  approvalThresholdFen,
});
