import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TablePagination,
  Typography,
} from '@mui/material';
import { useGetMany, useTranslate } from 'react-admin';
import type { BulkResult, Product } from '../api';
import type { BulkReport } from './BulkReport';

const PAGE_SIZE = 10;

type Failure = BulkResult['results'][number];

const Figure = ({ label, value, color }: { label: string; value: number; color: string }) => (
  <Box sx={{ flex: 1, p: 1.5, borderRadius: 1, border: 1, borderColor: 'divider' }}>
    <Typography variant="h5" component="p" color={color} sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {value.toLocaleString()}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
  </Box>
);

/** One page of failures with the products' titles, fetched for that page only. */
const FailureRows = ({ failures }: { failures: Failure[] }) => {
  const translate = useTranslate();
  const { data: products = [] } = useGetMany<Product>('products', { ids: failures.map(({ id }) => id) });
  const unknownReason = translate('resources.products.bulk.report.unknown_reason');
  return (
    <>
      {failures.map((failure) => {
        const product = products.find(({ id }) => id === failure.id);
        return (
          <TableRow key={failure.id}>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{product?.title ?? failure.id}</TableCell>
            <TableCell>
              {failure.code ? translate(failure.code, { _: unknownReason }) : unknownReason}
            </TableCell>
          </TableRow>
        );
      })}
    </>
  );
};

export interface BulkResultDialogProps {
  report: BulkReport | null;
  onClose: () => void;
}

/** What a bulk action did: how many products it changed, and each one it could not with the reason. */
export const BulkResultDialog = ({ report, onClose }: BulkResultDialogProps) => {
  const translate = useTranslate();
  const [page, setPage] = useState(0);
  const failures = report?.result.results.filter((result) => !result.ok) ?? [];
  const shown = failures.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const close = () => {
    setPage(0);
    onClose();
  };
  return (
    <Dialog
      open={report !== null}
      onClose={close}
      fullWidth
      maxWidth="sm"
      aria-labelledby="bulk-report-title"
    >
      <DialogTitle id="bulk-report-title">
        {report && translate(`resources.products.bulk.report.title_${report.action}`)}
      </DialogTitle>
      {report && (
        <DialogContent>
          <Box sx={{ display: 'flex', gap: 2, mb: 2 }}>
            <Figure
              label={translate('resources.products.bulk.report.succeeded')}
              value={report.result.succeeded}
              color="success.main"
            />
            <Figure
              label={translate('resources.products.bulk.report.failed')}
              value={report.result.failed}
              color={report.result.failed > 0 ? 'error.main' : 'text.primary'}
            />
          </Box>
          {failures.length === 0 ? (
            <Alert severity="success">{translate('resources.products.bulk.report.all_done')}</Alert>
          ) : (
            <>
              <Typography variant="subtitle2" component="h3" gutterBottom>
                {translate('resources.products.bulk.report.failures')}
              </Typography>
              <Table size="small" aria-label={translate('resources.products.bulk.report.failures')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.products.bulk.report.product')}</TableCell>
                    <TableCell>{translate('resources.products.bulk.report.reason')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  <FailureRows failures={shown} />
                </TableBody>
              </Table>
              {failures.length > PAGE_SIZE && (
                <TablePagination
                  component="div"
                  count={failures.length}
                  page={page}
                  onPageChange={(_event, next) => setPage(next)}
                  rowsPerPage={PAGE_SIZE}
                  rowsPerPageOptions={[PAGE_SIZE]}
                  labelDisplayedRows={({ from, to, count }) =>
                    translate('ra.navigation.page_range_info', {
                      offsetBegin: from,
                      offsetEnd: to,
                      total: count,
                    })
                  }
                  getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
                />
              )}
            </>
          )}
        </DialogContent>
      )}
      <DialogActions>
        <Button onClick={close} variant="contained">
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
