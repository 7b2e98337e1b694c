import { Alert, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { VerificationApplication, VerificationField } from '../api';
import { ReviewDocument } from './ReviewDocument';
import { ReviewFieldRow } from './ReviewFieldRow';
import { countryName, fieldLabel } from './ReviewLabels';
import { ownerDiffersFromCompany, reviewSections, type ReviewSection } from './ReviewLayout';

/** A typed value as the moderator compares it with the document: empty ones say so. */
const FieldValue = ({
  application,
  field,
}: {
  application: VerificationApplication;
  field: VerificationField;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const value = application[field];
  let text: string;
  if (typeof value === 'boolean') text = translate(`verificationReview.values.${value ? 'yes' : 'no'}`);
  else if (field === 'companyCountry' && typeof value === 'string' && value !== '')
    text = `${countryName(value, locale)} (${value})`;
  else text = typeof value === 'string' ? value : '';
  return text === '' ? (
    <Typography variant="body1" color="text.secondary" sx={{ fontStyle: 'italic' }}>
      {translate('verificationReview.values.empty')}
    </Typography>
  ) : (
    <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Typography>
  );
};

const SectionCard = ({
  application,
  section,
}: {
  application: VerificationApplication;
  section: ReviewSection;
}) => {
  const translate = useTranslate();
  const decidedFor = (field: VerificationField) =>
    application.rejections.filter((rejection) => rejection.field === field);
  const titleId = `review-section-${section.id}`;
  return (
    <Card variant="outlined" component="section" aria-labelledby={titleId}>
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" sx={{ mb: 1.5 }}>
          {translate(`verificationReview.sections.${section.id}`)}
        </Typography>
        {section.id === 'authorisation' && application.applicantOwnsTrademark === false && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('verificationReview.sections.authorisation_hint')}
          </Alert>
        )}
        {section.id === 'trademark' && ownerDiffersFromCompany(application) && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('verificationReview.sections.owner_differs')}
          </Alert>
        )}
        {/* The data on one side, the document that proves it on the other; stacked on a phone. */}
        <Grid container spacing={2}>
          {section.fields.length > 0 && (
            <Grid size={{ xs: 12, md: 5 }}>
              <Stack spacing={1.5}>
                {section.fields.map((field) => (
                  <ReviewFieldRow key={field} field={field} decided={decidedFor(field)}>
                    <FieldValue application={application} field={field} />
                  </ReviewFieldRow>
                ))}
              </Stack>
            </Grid>
          )}
          <Grid size={{ xs: 12, md: section.fields.length > 0 ? 7 : 12 }}>
            <ReviewFieldRow field={section.document} decided={decidedFor(section.document)}>
              <ReviewDocument
                file={application[section.document]}
                label={fieldLabel(translate, section.document)}
              />
            </ReviewFieldRow>
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
};

/** The application section by section: company, legal representative, trademark, authorisation. */
export const ReviewSections = ({ application }: { application: VerificationApplication }) => (
  <Stack spacing={2}>
    {reviewSections
      .filter((section) => section.applies(application))
      .map((section) => (
        <SectionCard key={section.id} application={application} section={section} />
      ))}
  </Stack>
);
