import { useState } from 'react';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { Confirm, useTranslate } from 'react-admin';
import type { ProductImport } from '../api';
import { counted } from './counted';

export interface ImportProgressProps {
  job: ProductImport;
  onCancel: () => void;
  cancelling: boolean;
}

/** The commit in progress: rows processed of the valid rows, and a cancel that says nothing will be imported. */
export const ImportProgress = ({ job, onCancel, cancelling }: ImportProgressProps) => {
  const translate = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const percent =
    job.validRows > 0 ? Math.min(100, Math.round((job.processedRows / job.validRows) * 100)) : 0;
  return (
    <Stack spacing={1.5}>
      <Typography variant="h6" component="h2">
        {translate('product_imports.progress.title', counted(job.validProducts))}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={translate('product_imports.progress.label')}
        sx={{ height: 8, borderRadius: 4 }}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" aria-live="polite" sx={{ flex: 1, fontVariantNumeric: 'tabular-nums' }}>
          {translate('product_imports.progress.rows', {
            processed: job.processedRows.toLocaleString(),
            total: job.validRows.toLocaleString(),
            percent,
          })}
        </Typography>
        <Button color="error" onClick={() => setConfirming(true)} disabled={cancelling}>
          {translate('product_imports.progress.cancel')}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary">
        {translate('product_imports.progress.hint')}
      </Typography>
      <Confirm
        isOpen={confirming}
        loading={cancelling}
        title="product_imports.progress.cancel_title"
        content="product_imports.progress.cancel_content"
        confirm="product_imports.progress.cancel_confirm"
        cancel="product_imports.progress.keep_going"
        confirmColor="warning"
        onConfirm={() => {
          setConfirming(false);
          onCancel();
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
};
