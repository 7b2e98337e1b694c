import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Order } from '../../api';
import { customsStatusColors } from './orderChoices';

type CustomsProps = Pick<Order, 'customsStatus' | 'customsFailureReason'>;

/**
 * The order's customs clearance, with the platform's reason when customs failed or flagged it: the reason
 * is what the agent must tell the buyer, so it is shown in full, never only in a tooltip.
 */
export const CustomsStatusChip = ({ customsStatus, customsFailureReason }: CustomsProps) => {
  const translate = useTranslate();
  if (!customsStatus) return null;
  return (
    <Stack spacing={0.5} sx={{ minWidth: 0 }}>
      <Chip
        size="small"
        variant="outlined"
        color={customsStatusColors[customsStatus]}
        label={translate('resources.orders.customs.chip', {
          status: translate(`resources.orders.customs.statuses.${customsStatus}`),
        })}
        sx={{ alignSelf: 'flex-start' }}
      />
      {customsFailureReason && (
        <Typography variant="body2" color="error" sx={{ overflowWrap: 'anywhere' }}>
          {translate('resources.orders.customs.reason', { reason: customsFailureReason })}
        </Typography>
      )}
    </Stack>
  );
};
