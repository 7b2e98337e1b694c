import { useState } from 'react';
import { Box, ButtonBase, Link, Stack, Typography } from '@mui/material';
import OpenIcon from '@mui/icons-material/OpenInNewOutlined';
import ZoomIcon from '@mui/icons-material/ZoomInOutlined';
import { useTranslate } from 'react-admin';
import type { FileRef } from '../api';
import { openFileInNewTab } from '../components/uploads';
import { isImage, isPdf, safeFileUrl } from './ReviewLabels';
import { ReviewDocumentDialog } from './ReviewDocumentDialog';

const frame = {
  width: '100%',
  borderRadius: 1,
  border: 1,
  borderColor: 'divider',
  bgcolor: 'action.hover',
} as const;

/**
 * A document as the moderator needs to read it: an image scan previewed (click or Enter for a zoomable
 * view), a PDF embedded, anything else as a link that opens it. Its name is shown as text, never as markup.
 */
export const ReviewDocument = ({ file, label }: { file: FileRef | null; label: string }) => {
  const translate = useTranslate();
  const [zoomed, setZoomed] = useState(false);
  const url = file ? safeFileUrl(file) : null;
  if (!file || !url)
    return (
      <Box sx={{ ...frame, borderStyle: 'dashed', bgcolor: 'transparent', p: 3, textAlign: 'center' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('verificationReview.document.missing')}
        </Typography>
      </Box>
    );
  const name = file.name;
  return (
    <Stack spacing={0.5}>
      {isImage(file) && (
        <ButtonBase
          onClick={() => setZoomed(true)}
          aria-label={translate('verificationReview.document.open', { name })}
          sx={{
            ...frame,
            position: 'relative',
            display: 'block',
            '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
          }}
        >
          <Box
            component="img"
            src={url}
            alt=""
            sx={{ display: 'block', width: '100%', height: { xs: 200, sm: 280 }, objectFit: 'contain' }}
          />
          <ZoomIcon
            fontSize="small"
            sx={{ position: 'absolute', right: 8, bottom: 8, color: 'text.secondary' }}
          />
        </ButtonBase>
      )}
      {isPdf(file) && (
        <Box
          component="object"
          data={url}
          type="application/pdf"
          aria-label={label}
          sx={{ ...frame, height: { xs: 280, sm: 420 } }}
        >
          <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
            {translate('verificationReview.document.pdf_fallback')}
          </Typography>
        </Box>
      )}
      <Link
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        onClick={openFileInNewTab(file)}
        variant="body2"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, overflowWrap: 'anywhere' }}
      >
        <OpenIcon fontSize="small" aria-hidden />
        {translate('verificationReview.document.open_tab', { name })}
      </Link>
      {zoomed && (
        <ReviewDocumentDialog url={url} name={name} label={label} onClose={() => setZoomed(false)} />
      )}
    </Stack>
  );
};
