import { Alert, Box, Button, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { BrandFigures } from './BrandFigures';
import { DashboardSkeleton } from './DashboardSkeleton';
import { ProductFigures } from './ProductFigures';
import { TeamFigures } from './TeamFigures';
import { useDashboard } from './useDashboard';
import { useBrandName } from '../components/useBrandName';

/**
 * The home page. The platform decides which sections a role gets (products for brand roles, team for brand
 * admins, brands for moderators); the page shows exactly those, never a placeholder.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { data, isPending, isError, refetch, isRefetching } = useDashboard();

  return (
    <Box sx={{ py: 2, maxWidth: 1200 }}>
      <Title title="dashboard.title" />
      <Greeting />
      {isPending ? (
        <DashboardSkeleton />
      ) : isError ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => refetch()} disabled={isRefetching}>
              {translate('dashboard.retry')}
            </Button>
          }
        >
          {translate('dashboard.error')}
        </Alert>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
          }}
        >
          {data.products ? <ProductFigures products={data.products} /> : null}
          {data.team ? <TeamFigures team={data.team} /> : null}
          {data.brands ? <BrandFigures brands={data.brands} /> : null}
          {!data.products && !data.team && !data.brands ? (
            <Typography sx={{ color: 'text.secondary' }}>{translate('dashboard.nothing')}</Typography>
          ) : null}
        </Box>
      )}
    </Box>
  );
};

const Greeting = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const brandName = useBrandName();
  if (!identity) return null;
  const brand = brandName;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="h1" sx={{ fontSize: { xs: '1.5rem', sm: '2rem' }, fontWeight: 600 }}>
        {translate('dashboard.greeting', { name: identity.fullName })}
      </Typography>
      <Typography sx={{ color: 'text.secondary' }}>
        {brand ? translate('dashboard.subtitle_brand', { brand }) : translate('dashboard.subtitle_platform')}
      </Typography>
    </Box>
  );
};

export default Dashboard;
