import { Box, Button, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { productStatusSchema, type Dashboard } from '../api';
import { Figure, FigureList, Section } from './Figure';
import { ProductStatusChart } from './ProductStatusChart';
import { useFormatters } from './useFormatters';

/** The platform counts a product as low on stock below 10 units, i.e. at most 9: the list filter must agree. */
export const LOW_STOCK_MAX = 9;

export const ProductFigures = ({ products }: { products: NonNullable<Dashboard['products']> }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { count, money } = useFormatters();
  const byStatus = productStatusSchema.options.map((status) => ({
    status,
    label: translate(`dashboard.status.${status}`),
    count: products.byStatus[status] ?? 0,
  }));
  const lowStockLink = {
    pathname: createPath({ resource: 'products', type: 'list' }),
    search: `?filter=${encodeURIComponent(JSON.stringify({ stockLte: LOW_STOCK_MAX }))}`,
  };

  return (
    <Section id="dashboard-products" title={translate('dashboard.products.title')}>
      <FigureList>
        <Figure label={translate('dashboard.products.total')} value={count(products.total)} />
        <Figure
          label={translate('dashboard.products.low_stock')}
          value={count(products.lowStock)}
          hint={translate('dashboard.products.low_stock_hint', { threshold: LOW_STOCK_MAX })}
        />
        <Figure
          label={translate('dashboard.products.stock_value')}
          value={money(products.stockValueFen)}
          hint={translate('dashboard.products.stock_value_hint')}
        />
      </FigureList>
      {products.lowStock > 0 ? (
        <Button component={Link} to={lowStockLink} size="small" sx={{ mt: 1, ml: -0.5 }}>
          {translate('dashboard.products.show_low_stock')}
        </Button>
      ) : null}
      <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mt: 3, mb: 1 }}>
        {translate('dashboard.products.by_status')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: '10rem 1fr' },
          alignItems: 'center',
        }}
      >
        <FigureList>
          {byStatus.map((entry) => (
            <Figure key={entry.status} label={entry.label} value={count(entry.count)} />
          ))}
        </FigureList>
        <ProductStatusChart data={byStatus} seriesName={translate('dashboard.products.title')} />
      </Box>
    </Section>
  );
};
