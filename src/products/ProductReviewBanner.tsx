import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Product } from '../api';
import { RejectionNotice } from './RejectionNotice';

/**
 * Where the product's copy stands with RED's moderators, at the top of the product's pages: brands learn
 * why it is not live and, after a rejection, exactly what to change. Nothing when the copy needed no review.
 */
export const ProductReviewBanner = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  if (!product) return null;
  const { state, decision } = product.review;
  if (state === 'pending')
    return (
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('resources.products.review.pending')}
      </Alert>
    );
  if (state === 'rejected' && decision) return <RejectionNotice product={product} decision={decision} />;
  if (state === 'approved')
    return (
      <Alert severity="success" variant="outlined" sx={{ mb: 2, py: 0 }}>
        {translate('resources.products.review.approved')}
      </Alert>
    );
  return null;
};
