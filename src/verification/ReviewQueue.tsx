import { Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  List,
  SimpleList,
  TextField,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { VerificationApplication } from '../api';
import { StatusChip } from '../components/StatusChip';
import { ReviewAgeField, reviewAgeText, useReviewNow } from './ReviewAge';
import { countryName, statusLabel } from './ReviewLabels';
import { ReviewQueueEmpty } from './ReviewQueueEmpty';
import { reviewQueueFilterDefaults, useReviewQueueFilters } from './ReviewQueueFilters';

const Column = DataTable.Col<VerificationApplication>;

// Palette colours, not hues, so the chips keep their contrast in the dark theme.
export const verificationStatusColors = {
  draft: 'default',
  submitted: 'warning',
  approved: 'success',
  rejected: 'error',
} as const;

/** The brand as its account is named, with the English name under it for overseas brands. */
const BrandCell = () => {
  const application = useRecordContext<VerificationApplication>();
  if (!application) return null;
  return (
    <Stack>
      <Typography variant="body2">{application.brandName}</Typography>
      {application.brandNameEn && (
        <Typography variant="caption" color="text.secondary">
          {application.brandNameEn}
        </Typography>
      )}
    </Stack>
  );
};

const CountryCell = () => {
  const application = useRecordContext<VerificationApplication>();
  const [locale] = useLocaleState();
  return application ? <>{countryName(application.companyCountry, locale)}</> : null;
};

const label = (column: string) => `verificationReview.queue.columns.${column}`;

/** Moderators' queue of verification requests, oldest submission first: whoever waited longest goes first. */
export const ReviewQueue = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  const now = useReviewNow();
  const filters = useReviewQueueFilters();
  return (
    <List<VerificationApplication>
      title="verificationReview.queue.title"
      filters={filters}
      filterDefaultValues={reviewQueueFilterDefaults}
      sort={{ field: 'submittedAt', order: 'ASC' }}
      perPage={25}
      // Both filters are always shown: there is nothing to add, and nothing to export.
      actions={false}
      exporter={false}
      empty={<ReviewQueueEmpty />}
    >
      {isSmall ? (
        <SimpleList<VerificationApplication>
          primaryText={(application) => application.brandName}
          secondaryText={(application) => application.companyName || application.brandNameEn}
          tertiaryText={(application) =>
            `${reviewAgeText(translate, application, now)} · ${statusLabel(translate, application.status)}`
          }
          rowClick="show"
          empty={<ReviewQueueEmpty />}
        />
      ) : (
        <DataTable<VerificationApplication>
          rowClick="show"
          bulkActionButtons={false}
          empty={<ReviewQueueEmpty />}
        >
          <Column source="submittedAt" label={label('waiting')}>
            <ReviewAgeField source="submittedAt" />
          </Column>
          <Column source="brandName" label={label('brand')}>
            <BrandCell />
          </Column>
          <Column source="companyName" label={label('company')}>
            <TextField source="companyName" />
          </Column>
          <Column source="companyCountry" label={label('country')}>
            <CountryCell />
          </Column>
          <Column source="status" label={label('status')} disableSort>
            <StatusChip<VerificationApplication> source="status" colors={verificationStatusColors} />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
