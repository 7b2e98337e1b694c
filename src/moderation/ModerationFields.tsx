import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ModerationItem } from '../api';
import { FindingList, HighlightedText } from '../components/claims';
import { fieldLabel } from './rejectChoices';

/** Each field of the submitted copy with its findings marked, and the findings explained below it. */
export const ModerationFields = ({ item }: { item: ModerationItem }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      {item.fields.map((field) => (
        <Card
          variant="outlined"
          key={field.field}
          component="section"
          aria-label={fieldLabel(translate, field.field)}
        >
          <CardContent>
            <Typography variant="overline" component="h2" color="text.secondary">
              {translate('moderation.field', { field: fieldLabel(translate, field.field) })}
            </Typography>
            <Typography variant="body1" component="div" sx={{ mb: 1.5 }}>
              <HighlightedText text={field.text} findings={field.findings} multiline />
            </Typography>
            {field.findings.length > 0 ? (
              <FindingList text={field.text} findings={field.findings} />
            ) : (
              <Typography variant="body2" color="text.secondary">
                {translate('moderation.no_findings')}
              </Typography>
            )}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};
