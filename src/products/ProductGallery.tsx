import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Product } from '../api';

/** The product's images as buyers see them: the cover first and larger, then the others in order. */
export const ProductGallery = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  if (!product) return null;
  const { images } = product;
  if (images.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.products.show.no_images')}
      </Typography>
    );
  return (
    <Box
      component="ol"
      sx={{
        m: 0,
        p: 0,
        display: 'grid',
        gap: 1,
        gridTemplateColumns: { xs: 'repeat(3, minmax(0, 1fr))', sm: 'repeat(auto-fill, minmax(112px, 1fr))' },
        maxWidth: 720,
      }}
    >
      {images.map((image, index) => (
        <Box
          component="li"
          key={image.id}
          sx={{
            listStyle: 'none',
            position: 'relative',
            aspectRatio: '1 / 1',
            borderRadius: 1,
            overflow: 'hidden',
            border: 1,
            borderColor: index === 0 ? 'primary.main' : 'divider',
            bgcolor: 'action.hover',
            gridColumn: index === 0 ? 'span 2' : undefined,
            gridRow: index === 0 ? 'span 2' : undefined,
          }}
        >
          <Box
            component="img"
            src={image.url}
            loading="lazy"
            alt={
              index === 0
                ? `${translate('resources.products.show.cover')}: ${image.name}`
                : `${translate('resources.products.show.image', { position: index + 1, count: images.length })}: ${image.name}`
            }
            sx={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
          />
          {index === 0 && (
            <Chip
              size="small"
              color="primary"
              label={translate('resources.products.images.cover')}
              sx={{ position: 'absolute', top: 4, left: 4 }}
            />
          )}
        </Box>
      ))}
    </Box>
  );
};
