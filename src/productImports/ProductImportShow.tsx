import { useState } from 'react';
import { Alert, Box, Button, CardContent, Divider, Stack, Typography } from '@mui/material';
import type { Query } from '@tanstack/react-query';
import { Confirm, DateField, LinkBase, useCreatePath, useShowContext, useTranslate } from 'react-admin';
import type { ProductImport } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { ImportErrorTable } from './ImportErrorTable';
import { ImportOutcome } from './ImportOutcome';
import { ImportProgress } from './ImportProgress';
import { ImportStatusChip } from './ImportStatusChip';
import { ImportSteps } from './ImportSteps';
import { ImportSummary } from './ImportSummary';
import { useImportCommand } from './useImportCommand';
import { counted } from './counted';

/** How often the page asks for progress while the platform imports. */
const POLL_MS = 750;
const pollWhileImporting = (query: Query<ProductImport>) =>
  query.state.data?.status === 'importing' ? POLL_MS : false;

/** The dry run's verdict and the one step left: import the valid rows, or pick another file. */
const CommitStep = ({
  job,
  onCommit,
  committing,
}: {
  job: ProductImport;
  onCommit: () => void;
  committing: boolean;
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [confirming, setConfirming] = useState(false);
  const badRows = job.totalRows - job.validRows;
  const commit = () => (badRows > 0 ? setConfirming(true) : onCommit());
  return (
    <Stack spacing={1.5}>
      {job.validProducts === 0 ? (
        <Alert severity="error">{translate('product_imports.commit.nothing_valid')}</Alert>
      ) : (
        <Alert severity={badRows > 0 ? 'warning' : 'success'}>
          {translate(
            badRows > 0 ? 'product_imports.commit.some_skipped' : 'product_imports.commit.all_valid',
            counted(badRows),
          )}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1 }}>
        <Button component={LinkBase} to={createPath({ resource: 'product-imports', type: 'create' })}>
          {translate('product_imports.commit.another_file')}
        </Button>
        {job.validProducts > 0 && (
          <Button variant="contained" onClick={commit} disabled={committing}>
            {translate('product_imports.commit.button', counted(job.validProducts))}
          </Button>
        )}
      </Stack>
      <Confirm
        isOpen={confirming}
        title="product_imports.commit.confirm_title"
        content="product_imports.commit.confirm_content"
        titleTranslateOptions={counted(job.validProducts)}
        contentTranslateOptions={counted(badRows)}
        confirm="product_imports.commit.confirm"
        onConfirm={() => {
          setConfirming(false);
          onCommit();
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
};

const ImportJobReport = ({ job, onChanged }: { job: ProductImport; onChanged: () => void }) => {
  const translate = useTranslate();
  const command = useImportCommand(job, onChanged);
  return (
    <CardContent>
      <ImportSteps status={job.status} />
      <Stack spacing={3}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
            {job.fileName}
          </Typography>
          <ImportStatusChip source="status" />
          <Typography variant="body2" color="text.secondary" sx={{ width: '100%' }}>
            {translate('product_imports.report.started_by', { name: job.createdByName })}{' '}
            <DateField source="createdAt" showTime />
          </Typography>
        </Box>
        <ImportSummary job={job} />
        {job.status === 'validated' && (
          <CommitStep job={job} onCommit={() => command.mutate('commit')} committing={command.isPending} />
        )}
        {job.status === 'importing' && (
          <ImportProgress
            job={job}
            onCancel={() => command.mutate('cancel')}
            cancelling={command.isPending}
          />
        )}
        <ImportOutcome job={job} />
        {job.errors.length > 0 && <Divider />}
        <ImportErrorTable job={job} />
      </Stack>
    </CardContent>
  );
};

const LoadedJob = () => {
  const { record, refetch } = useShowContext<ProductImport>();
  return record ? <ImportJobReport job={record} onChanged={() => void refetch()} /> : null;
};

/** A job's page: the dry-run report, then the commit with its progress, and how it ended. */
export const ProductImportShow = () => (
  <GuardedShow<ProductImport> actions={false} queryOptions={{ refetchInterval: pollWhileImporting }}>
    <LoadedJob />
  </GuardedShow>
);
