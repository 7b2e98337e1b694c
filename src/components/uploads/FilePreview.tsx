import PdfIcon from '@mui/icons-material/PictureAsPdfOutlined';
import FileIcon from '@mui/icons-material/InsertDriveFileOutlined';
import { Box, Link, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FileRef } from '../../api';
import { openFileInNewTab } from './openFile';

const THUMBNAIL_PX = 88;

/** An uploaded file as a thumbnail (images) or an icon (PDF and others), with its name as a link to open it. */
export const FilePreview = ({ file, size = THUMBNAIL_PX }: { file: FileRef; size?: number }) => {
  const translate = useTranslate();
  const isImage = file.contentType.startsWith('image/');
  const isPdf = file.contentType === 'application/pdf';
  const Icon = isPdf ? PdfIcon : FileIcon;
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', minWidth: 0 }}>
      <Box
        sx={{
          width: size,
          height: size,
          flexShrink: 0,
          borderRadius: 1,
          border: 1,
          borderColor: 'divider',
          bgcolor: 'action.hover',
          display: 'grid',
          placeItems: 'center',
          overflow: 'hidden',
        }}
      >
        {isImage ? (
          <Box
            component="img"
            src={file.url}
            alt={translate('uploads.preview', { name: file.name })}
            sx={{ width: '100%', height: '100%', objectFit: 'contain' }}
          />
        ) : (
          <Icon
            color={isPdf ? 'error' : 'action'}
            fontSize="large"
            titleAccess={isPdf ? translate('uploads.pdf') : undefined}
          />
        )}
      </Box>
      <Typography variant="body2" component="div" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <Link
          href={file.url}
          target="_blank"
          rel="noopener noreferrer"
          onClick={openFileInNewTab(file)}
          aria-label={translate('uploads.open', { name: file.name })}
        >
          {file.name}
        </Link>
      </Typography>
    </Stack>
  );
};
