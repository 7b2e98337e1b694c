import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Product } from '../api';
import { DefinitionList } from './CrossBorderDetails';

/** The product's attributes as the brand wrote them (plain text, never HTML). */
export const AttributesField = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  if (!product) return null;
  if (product.attributes.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.products.show.no_attributes')}
      </Typography>
    );
  return <DefinitionList rows={product.attributes.map(({ name, value }) => [name, value])} />;
};
