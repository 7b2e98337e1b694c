import { memo, type DragEvent } from 'react';
import { Box, Chip, IconButton, Stack, Tooltip } from '@mui/material';
import EarlierIcon from '@mui/icons-material/ArrowBack';
import LaterIcon from '@mui/icons-material/ArrowForward';
import RemoveIcon from '@mui/icons-material/DeleteOutline';
import { useTranslate } from 'react-admin';
import type { FileRef } from '../api';

/** The drag carries the tile's position under our own type, so dropped files are told apart from tiles. */
export const TILE_DRAG_TYPE = 'application/x-red-gallery-index';

export interface ImageTileProps {
  image: FileRef;
  index: number;
  count: number;
  editable: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One image of the gallery: a square preview, "Cover" on the first, and buttons to move or remove it. */
export const ImageTile = memo(function ImageTile({
  image,
  index,
  count,
  editable,
  onMove,
  onRemove,
}: ImageTileProps) {
  const translate = useTranslate();
  const name = image.name;
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(TILE_DRAG_TYPE, String(index));
    event.dataTransfer.effectAllowed = 'move';
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(TILE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  const onDrop = (event: DragEvent) => {
    const from = Number(event.dataTransfer.getData(TILE_DRAG_TYPE));
    if (!event.dataTransfer.types.includes(TILE_DRAG_TYPE) || !Number.isInteger(from)) return;
    event.preventDefault();
    event.stopPropagation();
    if (from !== index) onMove(from, index);
  };

  return (
    <Box
      component="li"
      data-image-id={image.id}
      aria-label={translate('resources.products.images.position', { position: index + 1, count })}
      draggable={editable}
      onDragStart={editable ? onDragStart : undefined}
      onDragOver={editable ? onDragOver : undefined}
      onDrop={editable ? onDrop : undefined}
      sx={{ listStyle: 'none', minWidth: 0, cursor: editable ? 'grab' : undefined }}
    >
      <Box
        sx={{
          position: 'relative',
          aspectRatio: '1 / 1',
          borderRadius: 1,
          overflow: 'hidden',
          border: 1,
          borderColor: index === 0 ? 'primary.main' : 'divider',
          bgcolor: 'action.hover',
        }}
      >
        <Box
          component="img"
          src={image.url}
          alt={translate('uploads.preview', { name })}
          draggable={false}
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
      {editable && (
        <Stack direction="row" sx={{ justifyContent: 'center', mt: 0.5 }}>
          <TileButton
            action="earlier"
            label={translate('resources.products.images.move_earlier', { name })}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            <EarlierIcon fontSize="small" />
          </TileButton>
          <TileButton
            action="later"
            label={translate('resources.products.images.move_later', { name })}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            <LaterIcon fontSize="small" />
          </TileButton>
          <TileButton
            action="remove"
            label={translate('resources.products.images.remove', { name })}
            onClick={() => onRemove(index)}
          >
            <RemoveIcon fontSize="small" />
          </TileButton>
        </Stack>
      )}
    </Box>
  );
});

const TileButton = ({
  action,
  label,
  disabled,
  onClick,
  children,
}: {
  action: string;
  label: string;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) => (
  <Tooltip title={label}>
    <span>
      <IconButton size="small" data-action={action} aria-label={label} disabled={disabled} onClick={onClick}>
        {children}
      </IconButton>
    </span>
  </Tooltip>
);
