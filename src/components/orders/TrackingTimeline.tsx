import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Order } from '../../api';

type Tracking = Pick<Order, 'carrier' | 'trackingNumber' | 'tracking'>;

const when = (at: string, locale: string) =>
  new Date(at).toLocaleString(locale === 'zh' ? 'zh-CN' : locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/** The carrier, the tracking number (selectable, agents paste it to buyers) and the events newest first. */
export const TrackingTimeline = ({ order, limit }: { order: Tracking; limit?: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!order.trackingNumber)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.orders.tracking.not_shipped')}
      </Typography>
    );
  const events = [...order.tracking].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, limit);
  return (
    <Box>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {translate('resources.orders.tracking.number', {
          carrier: order.carrier ?? '',
          number: order.trackingNumber,
        })}
      </Typography>
      {events.length > 0 && (
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
          {events.map((event, index) => (
            <Box
              component="li"
              key={`${event.at}-${index}`}
              sx={{
                pl: 2,
                pb: 1,
                borderLeft: 2,
                borderColor: index === 0 ? 'primary.main' : 'divider',
              }}
            >
              <Typography variant="body2" sx={{ fontWeight: index === 0 ? 600 : undefined }}>
                {event.description}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {event.place} · {when(event.at, locale)}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
};
