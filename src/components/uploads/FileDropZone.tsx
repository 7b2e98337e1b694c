import { useState, type DragEvent, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface FileDropZoneProps {
  /** Called with the first file dropped; the zone takes one file, like the picker. */
  onFile: (file: File) => void;
  disabled?: boolean;
  error?: boolean;
  children: ReactNode;
}

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * A dashed area that takes a file dropped on it. Dropping is a shortcut only: the buttons inside open the
 * picker, so the keyboard and touch screens (which can't drag files) lose nothing.
 */
export const FileDropZone = ({ onFile, disabled, error, children }: FileDropZoneProps) => {
  const translate = useTranslate();
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (disabled || !hasFiles(event)) return;
    // Without preventDefault the browser would open the file in place of the console.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent) => {
    // Moving over a child fires dragleave on the zone too; only leaving the zone itself counts.
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    if (disabled) return;
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files?.[0];
    if (file) onFile(file);
  };

  return (
    <Box
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      sx={{
        position: 'relative',
        p: 1.5,
        borderRadius: 1,
        border: '1px dashed',
        borderColor: error ? 'error.main' : dragging ? 'primary.main' : 'divider',
        bgcolor: dragging ? 'action.hover' : 'transparent',
        transition: (theme) => theme.transitions.create(['border-color', 'background-color']),
      }}
    >
      {children}
      {dragging && (
        <Box
          aria-hidden
          sx={{
            position: 'absolute',
            inset: 0,
            display: 'grid',
            placeItems: 'center',
            borderRadius: 1,
            bgcolor: 'background.paper',
            opacity: 0.92,
            pointerEvents: 'none',
          }}
        >
          <Typography variant="body2" color="primary">
            {translate('uploads.drop_now')}
          </Typography>
        </Box>
      )}
    </Box>
  );
};
