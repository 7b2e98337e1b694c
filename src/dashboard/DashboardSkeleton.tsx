import { Box, Card, CardContent, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The shape of the cards to come, so the page does not jump when the figures arrive. */
export const DashboardSkeleton = () => {
  const translate = useTranslate();
  return (
    <Box
      role="status"
      aria-live="polite"
      aria-label={translate('ra.page.loading')}
      sx={{ display: 'grid', gap: 2 }}
    >
      {[0, 1].map((card) => (
        <Card key={card}>
          <CardContent>
            <Skeleton variant="text" width="30%" sx={{ fontSize: '1.25rem' }} />
            <Box
              sx={{
                display: 'grid',
                gap: 2,
                gridTemplateColumns: 'repeat(auto-fit, minmax(8.5rem, 1fr))',
                mt: 1,
              }}
            >
              {[0, 1, 2].map((figure) => (
                <Skeleton key={figure} variant="rounded" height={56} />
              ))}
            </Box>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
};
