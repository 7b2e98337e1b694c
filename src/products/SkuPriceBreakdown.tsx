import { useWatch } from 'react-hook-form';
import { taxCategorySchema } from '../api';
import { BuyerPriceBreakdown } from './BuyerPriceBreakdown';

/**
 * The live buyer price of one SKU row while the form is edited. It watches only the row's sale price and
 * the product's tax settings, so typing elsewhere in the form does not re-render it.
 */
export const SkuPriceBreakdown = ({ index, label }: { index: number; label: string }) => {
  const [priceFen, taxCategory, priceIncludesTax] = useWatch({
    name: [`skus.${index}.priceFen`, 'crossBorder.taxCategory', 'crossBorder.priceIncludesTax'],
  }) as [unknown, unknown, unknown];
  return (
    <BuyerPriceBreakdown
      unitPriceFen={priceFen}
      category={taxCategorySchema.safeParse(taxCategory).data}
      priceIncludesTax={priceIncludesTax === true}
      label={label}
    />
  );
};
