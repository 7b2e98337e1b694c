import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Dashboard } from '../api';
import { Figure, FigureList, Section } from './Figure';
import { useFormatters } from './useFormatters';

export const BrandFigures = ({ brands }: { brands: NonNullable<Dashboard['brands']> }) => {
  const translate = useTranslate();
  const { count } = useFormatters();
  return (
    <Section id="dashboard-brands" title={translate('dashboard.brands.title')}>
      <FigureList>
        <Figure label={translate('dashboard.brands.total')} value={count(brands.total)} />
      </FigureList>
      <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mt: 3, mb: 1 }}>
        {translate('dashboard.brands.by_trade_model')}
      </Typography>
      <FigureList>
        {Object.entries(brands.byTradeModel).map(([model, total]) => (
          <Figure
            key={model}
            label={translate(`dashboard.trade_models.${model}`, { _: model })}
            value={count(total)}
          />
        ))}
      </FigureList>
    </Section>
  );
};
