import { useCallback, useRef, type DragEvent } from 'react';
import { Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import AddPhotoIcon from '@mui/icons-material/AddPhotoAlternateOutlined';
import { useFormContext } from 'react-hook-form';
import { useInput, useTranslate } from 'react-admin';
import { fileRefSchema, MAX_PRODUCT_IMAGES, uploadRules, type FileRef } from '../api';
import type { PixelReader } from '../components/uploads';
import { GalleryHelperText } from './GalleryHelperText';
import { ImageTile, TILE_DRAG_TYPE } from './ImageTile';
import { productValidators } from './productValidation';
import { RemovalNotice } from './RemovalNotice';
import { useGalleryOrder } from './useGalleryOrder';
import { useGalleryUploads } from './useGalleryUploads';
import { visuallyHidden } from '../components/visuallyHidden';

const keepAsIs = (value: unknown) => value;
const asImages = (value: unknown): FileRef[] => fileRefSchema.array().safeParse(value).data ?? [];

export interface ImageGalleryInputProps {
  source?: string;
  /** How to read an image's pixels before sending; tests inject one (jsdom decodes no images). */
  readPixels?: PixelReader;
}

/**
 * The product's images: up to 9 squares, the first is the cover. Several can be chosen or dropped at once;
 * each is checked (type, size, square, pixels) before it is sent. Reorder by dragging a tile or with its
 * arrow buttons (the new position is announced); remove with undo.
 */
export const ImageGalleryInput = ({ source = 'images', readPixels }: ImageGalleryInputProps) => {
  const translate = useTranslate();
  const { getValues } = useFormContext();
  const { id, field, fieldState } = useInput({
    source,
    validate: productValidators.images,
    format: keepAsIs,
    parse: keepAsIs,
  });
  const images = asImages(field.value);
  const { onChange, onBlur } = field;
  const setImages = useCallback(
    (next: FileRef[]) => {
      onChange(next);
      onBlur();
    },
    [onChange, onBlur],
  );
  const current = useCallback(() => asImages(getValues(source)), [getValues, source]);
  const uploads = useGalleryUploads({ current, onAdded: setImages, readPixels });
  const { listRef, onMove, onRemove, removal, announcement } = useGalleryOrder(current, setImages);
  const pickerRef = useRef<HTMLInputElement>(null);

  const addFiles = (files: File[]) => {
    removal.forget();
    void uploads.addFiles(files);
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent) => {
    if (event.dataTransfer.types.includes(TILE_DRAG_TYPE) || !event.dataTransfer.files.length) return;
    event.preventDefault();
    addFiles(Array.from(event.dataTransfer.files));
  };

  const full = images.length + uploads.uploading >= MAX_PRODUCT_IMAGES;
  const invalid = Boolean(fieldState.error) || uploads.failures.length > 0 || Boolean(uploads.refusal);
  const helperId = `${id}-helper-text`;
  return (
    // The section heading above names the gallery on screen; the group carries the name for screen readers.
    <Box
      role="group"
      aria-label={translate('resources.products.fields.images')}
      aria-describedby={helperId}
      sx={{ width: '100%', my: 1 }}
    >
      <Box
        component="ol"
        ref={listRef}
        onDragOver={onDragOver}
        onDrop={onDrop}
        sx={{
          m: 0,
          p: 1,
          display: 'grid',
          gap: 1,
          gridTemplateColumns: 'repeat(auto-fill, minmax(96px, 1fr))',
          border: '1px dashed',
          borderColor: invalid ? 'error.main' : 'divider',
          borderRadius: 1,
          minHeight: 64,
        }}
      >
        {images.map((image, index) => (
          <ImageTile
            key={image.id}
            image={image}
            index={index}
            count={images.length}
            editable
            onMove={onMove}
            onRemove={onRemove}
          />
        ))}
        {uploads.uploading > 0 && (
          <Box
            component="li"
            sx={{ listStyle: 'none', aspectRatio: '1 / 1', display: 'grid', placeItems: 'center' }}
          >
            <CircularProgress
              size={28}
              aria-label={translate('resources.products.images.uploading', { count: uploads.uploading })}
            />
          </Box>
        )}
        {images.length === 0 && uploads.uploading === 0 && (
          <Box component="li" sx={{ listStyle: 'none', gridColumn: '1 / -1', alignSelf: 'center' }}>
            <Typography variant="body2" color="text.secondary">
              {translate('resources.products.images.empty')}
            </Typography>
          </Box>
        )}
      </Box>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, mt: 1, flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          size="small"
          startIcon={<AddPhotoIcon />}
          onClick={() => pickerRef.current?.click()}
          disabled={full}
        >
          {translate('resources.products.images.add')}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {translate('resources.products.images.count', { count: images.length, max: MAX_PRODUCT_IMAGES })}
        </Typography>
      </Stack>
      <input
        ref={pickerRef}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        accept={uploadRules.product_image.types.join(',')}
        aria-label={translate('resources.products.images.add')}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared so that choosing the same files again (after fixing them) is a change too.
          event.target.value = '';
          addFiles(files);
        }}
      />
      {removal.removal && (
        <RemovalNotice
          message={translate('resources.products.images.removed', { name: removal.removal.name })}
          onUndo={removal.undo}
          undoRef={removal.undoRef}
        />
      )}
      <Box role="status" sx={visuallyHidden}>
        {announcement ||
          (uploads.addedCount > 0
            ? translate('resources.products.images.uploaded', { count: uploads.addedCount })
            : '')}
      </Box>
      <GalleryHelperText
        id={helperId}
        refusal={uploads.refusal}
        failures={uploads.failures}
        error={fieldState.error?.message}
        count={images.length}
      />
    </Box>
  );
};
