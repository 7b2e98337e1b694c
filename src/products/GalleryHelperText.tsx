import { Box, FormHelperText } from '@mui/material';
import { InputHelperText, useTranslate } from 'react-admin';
import { MAX_PRODUCT_IMAGES } from '../api';
import { useUploadHint } from '../components/uploads';
import type { GalleryFailure } from './useGalleryUploads';

/**
 * Under the gallery: why files were not added (each by name), the form's own error, and the rules, so the
 * person knows them before choosing.
 */
export const GalleryHelperText = ({
  id,
  refusal,
  failures,
  error,
  count,
}: {
  id: string;
  refusal: string | null;
  failures: GalleryFailure[];
  error: string | undefined;
  count: number;
}) => {
  const translate = useTranslate();
  const hint = useUploadHint('product_image');
  return (
    <FormHelperText id={id} component="div" error={Boolean(error)} sx={{ mx: 0 }}>
      {(refusal || failures.length > 0) && (
        <Box role="alert" sx={{ color: 'error.main' }}>
          {refusal && <div>{refusal}</div>}
          {failures.map((failure, index) => (
            <div key={`${failure.name}-${index}`}>
              {translate('resources.products.images.failed', { name: failure.name, reason: failure.message })}
            </div>
          ))}
        </Box>
      )}
      {error && <InputHelperText error={error} />}
      <Box>{translate('resources.products.images.hint', { max: MAX_PRODUCT_IMAGES })}</Box>
      <Box>{hint}</Box>
      {count > 1 && <Box>{translate('resources.products.images.drag_hint')}</Box>}
    </FormHelperText>
  );
};
