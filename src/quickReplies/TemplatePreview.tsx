import { useId } from 'react';
import { Alert, AlertTitle, Box, Paper, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { fillTemplate } from '../domain/service';
import { likelyVariable, sampleValues } from './sampleValues';

/**
 * How a buyer would read the template, filled with sample values as it is typed, and a warning for names
 * in braces that are not variables: those reach the buyer as written, so a typo must be caught here.
 */
export const TemplatePreview = ({ source = 'body' }: { source?: string }) => {
  const translate = useTranslate();
  const titleId = useId();
  const { identity } = useGetIdentity();
  const body: unknown = useWatch({ name: source });
  const template = typeof body === 'string' ? body : '';
  const agentName = identity?.fullName || translate('resources.quick-replies.preview.sample_agent');
  const filled = fillTemplate(
    template,
    sampleValues(translate('resources.quick-replies.preview.sample_buyer'), agentName),
  );
  const suggestions = filled.unknown
    .map((name) => ({ name, suggestion: likelyVariable(name) }))
    .filter((entry) => entry.suggestion !== undefined);

  return (
    <Box sx={{ width: '100%', mt: 2 }}>
      {filled.unknown.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          <AlertTitle>
            {translate('resources.quick-replies.unknown.title', {
              smart_count: filled.unknown.length,
              names: filled.unknown.map((name) => `{${name}}`).join(', '),
            })}
          </AlertTitle>
          {translate('resources.quick-replies.unknown.body')}
          {suggestions.map(({ name, suggestion }) => (
            <Typography key={name} variant="body2" sx={{ mt: 0.5 }}>
              {translate('resources.quick-replies.unknown.did_you_mean', { suggestion: `{${suggestion}}` })}
            </Typography>
          ))}
        </Alert>
      )}
      <Paper
        component="section"
        variant="outlined"
        aria-labelledby={titleId}
        sx={{ p: 2, bgcolor: 'action.hover' }}
      >
        <Typography id={titleId} variant="subtitle2" component="h2">
          {translate('resources.quick-replies.preview.title')}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
          {translate('resources.quick-replies.preview.caption')}
        </Typography>
        {/* Rendered as text: a template is the brand's own words, never markup. */}
        <Typography
          variant="body2"
          data-testid="quick-reply-preview"
          sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          color={template.trim() === '' ? 'text.secondary' : 'text.primary'}
        >
          {template.trim() === '' ? translate('resources.quick-replies.preview.empty') : filled.text}
        </Typography>
      </Paper>
    </Box>
  );
};
