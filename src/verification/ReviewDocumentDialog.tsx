import { useState, type ReactNode } from 'react';
import {
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Stack,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import FitIcon from '@mui/icons-material/FitScreenOutlined';
import RotateIcon from '@mui/icons-material/RotateRightOutlined';
import { useTranslate } from 'react-admin';

const ZOOM_STEPS = [0.5, 0.75, 1, 1.5, 2, 3, 4] as const;

interface ReviewDocumentDialogProps {
  url: string;
  name: string;
  label: string;
  onClose: () => void;
}

/**
 * A scan at reading size: zoom by steps (fit, then 50 % to 400 %) and rotate, since scans often arrive
 * sideways. Full screen on a phone. Zoom is the image's width relative to the dialog, so it scrolls.
 */
export const ReviewDocumentDialog = ({ url, name, label, onClose }: ReviewDocumentDialogProps) => {
  const translate = useTranslate();
  const fullScreen = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  // null: fit the dialog.
  const [step, setStep] = useState<number | null>(null);
  const [turns, setTurns] = useState(0);
  const zoom = step === null ? null : ZOOM_STEPS[step];
  const zoomBy = (delta: number) =>
    setStep((current) =>
      Math.min(ZOOM_STEPS.length - 1, Math.max(0, (current ?? ZOOM_STEPS.indexOf(1)) + delta)),
    );
  const control = (title: string, onClick: () => void, icon: ReactNode, disabled = false) => (
    <Tooltip title={title}>
      <span>
        <IconButton aria-label={title} onClick={onClick} disabled={disabled}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
  return (
    <Dialog
      open
      onClose={onClose}
      fullScreen={fullScreen}
      maxWidth="lg"
      fullWidth
      aria-labelledby="review-document-title"
    >
      <DialogTitle id="review-document-title" sx={{ overflowWrap: 'anywhere' }}>
        {label}
        <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
          {name}
        </Typography>
      </DialogTitle>
      <Stack direction="row" sx={{ px: 2, alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
        {control(
          translate('verificationReview.document.zoom_out'),
          () => zoomBy(-1),
          <ZoomOutIcon />,
          step === 0,
        )}
        {control(
          translate('verificationReview.document.zoom_in'),
          () => zoomBy(1),
          <ZoomInIcon />,
          step === ZOOM_STEPS.length - 1,
        )}
        {control(
          translate('verificationReview.document.fit'),
          () => setStep(null),
          <FitIcon />,
          step === null,
        )}
        {control(
          translate('verificationReview.document.rotate'),
          () => setTurns((n) => (n + 1) % 4),
          <RotateIcon />,
        )}
        <Typography variant="body2" color="text.secondary" aria-live="polite" sx={{ ml: 1 }}>
          {zoom === null
            ? translate('verificationReview.document.fit')
            : translate('verificationReview.document.zoom_level', { percent: Math.round(zoom * 100) })}
        </Typography>
      </Stack>
      <DialogContent sx={{ bgcolor: 'action.hover', p: 1, minHeight: 240, textAlign: 'center' }}>
        <Box
          component="img"
          src={url}
          alt={label}
          sx={{
            display: 'inline-block',
            transform: `rotate(${turns * 90}deg)`,
            ...(zoom === null
              ? {
                  maxWidth: '100%',
                  maxHeight: fullScreen ? 'calc(100vh - 200px)' : '70vh',
                  objectFit: 'contain',
                }
              : { width: `${zoom * 100}%`, maxWidth: 'none' }),
          }}
        />
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('verificationReview.document.close')}</MuiButton>
      </DialogActions>
    </Dialog>
  );
};
