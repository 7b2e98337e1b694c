import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { LinkBase, Title, useCreatePath, useDataProvider, useRedirect, useTranslate } from 'react-admin';
import type { PlatformDataProvider } from '../api/dataProvider';
import { errorMessage } from '../components/httpErrors';
import { ImportFilePicker } from './ImportFilePicker';
import { ImportSteps } from './ImportSteps';
import { ImportTemplateButton } from './ImportTemplateButton';
import { importFileProblem } from './importFile';

/**
 * Step 1 of the import: pick a CSV and send it for a dry run. The platform checks every row without
 * importing anything and answers a job; its page shows the report and carries on from there.
 */
export const ProductImportCreate = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => dataProvider.startProductImport(chosen, chosen.name),
    onSuccess: (job) => redirect(createPath({ resource: 'product-imports', id: job.id, type: 'show' })),
  });
  const ready = file !== null && importFileProblem(file) === null;

  const choose = (chosen: File | null) => {
    upload.reset();
    setFile(chosen);
  };

  return (
    <Box sx={{ maxWidth: 760, mt: 2 }}>
      <Title title={translate('product_imports.create.title')} />
      <ImportSteps status={null} />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="h6" component="h2">
              {translate('product_imports.create.heading')}
            </Typography>
            <Typography color="text.secondary">{translate('product_imports.create.explain')}</Typography>
            <Box>
              <ImportTemplateButton />
            </Box>
            <ImportFilePicker file={file} onChange={choose} disabled={upload.isPending} />
            {upload.isPending && (
              <Box role="status">
                <LinearProgress aria-label={translate('product_imports.create.checking')} />
                <Typography variant="body2" sx={{ mt: 1 }}>
                  {translate('product_imports.create.checking')}
                </Typography>
              </Box>
            )}
            {upload.isError && (
              <Alert severity="error">
                {translate(errorMessage(upload.error), { _: translate('errors.unknown') })}
              </Alert>
            )}
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', flexWrap: 'wrap' }}>
              <Button component={LinkBase} to={createPath({ resource: 'product-imports', type: 'list' })}>
                {translate('product_imports.create.history')}
              </Button>
              <Button
                variant="contained"
                disabled={!ready || upload.isPending}
                onClick={() => file && upload.mutate(file)}
              >
                {translate('product_imports.create.check')}
              </Button>
            </Stack>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};
