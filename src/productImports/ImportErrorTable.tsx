import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import {
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProductImport } from '../api';
import { importErrorMessage, importErrorsCsv } from './importErrors';
import { saveCsv } from './importFile';
import { counted } from './counted';

const PAGE_SIZE = 25;
const rowsPerPageOptions = [PAGE_SIZE, 50, 100];

/** The report's errors: every problem with its CSV line and column, paged, and downloadable to fix the file. */
export const ImportErrorTable = ({ job }: { job: ProductImport }) => {
  const translate = useTranslate();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(PAGE_SIZE);
  const { errors } = job;
  if (errors.length === 0) return null;
  const shown = errors.slice(page * perPage, (page + 1) * perPage);
  const title = translate('product_imports.report.errors_title', counted(errors.length));
  const download = () =>
    saveCsv(importErrorsCsv(errors, translate), `${job.fileName.replace(/\.csv$/i, '')}-errors.csv`);

  return (
    <Box component="section" aria-labelledby="import-errors-title">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Typography id="import-errors-title" variant="h6" component="h2" sx={{ flex: 1 }}>
          {title}
        </Typography>
        <Button size="small" startIcon={<DownloadIcon />} onClick={download}>
          {translate('product_imports.report.download_errors')}
        </Button>
      </Box>
      <TableContainer>
        <Table size="small" aria-labelledby="import-errors-title">
          <TableHead>
            <TableRow>
              <TableCell scope="col" align="right">
                {translate('product_imports.report.line')}
              </TableCell>
              <TableCell scope="col">{translate('product_imports.report.column')}</TableCell>
              <TableCell scope="col">{translate('product_imports.report.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((error, index) => (
              <TableRow key={`${error.line}-${error.column}-${index}`}>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {error.line}
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                  {error.column}
                </TableCell>
                <TableCell>{importErrorMessage(error, translate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {errors.length > PAGE_SIZE && (
        <TablePagination
          component="div"
          count={errors.length}
          page={page}
          onPageChange={(_event, next) => setPage(next)}
          rowsPerPage={perPage}
          rowsPerPageOptions={rowsPerPageOptions}
          onRowsPerPageChange={(event) => {
            setPerPage(Number(event.target.value));
            setPage(0);
          }}
          labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
          labelDisplayedRows={({ from, to, count }) =>
            translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
          }
          getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
        />
      )}
    </Box>
  );
};
