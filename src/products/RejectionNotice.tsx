import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Decision, Product } from '../api';
import { productClaimFields } from '../api/schemas/products';
import { HighlightedText, useClaimCheck } from '../components/claims';

type CopyField = keyof typeof productClaimFields;

const isCopyField = (field: string): field is CopyField => Object.hasOwn(productClaimFields, field);

/**
 * The passage a moderator rejected, outlined in the field's current text with today's findings marked, so
 * the brand sees what is still there to fix. Offsets are those of the rejected copy: once the copy is edited
 * they may point elsewhere, which HighlightedText clamps to the text.
 */
const RejectedPassage = ({
  product,
  passage,
}: {
  product: Product;
  passage: NonNullable<Decision['passage']>;
}) => {
  const translate = useTranslate();
  const field = isCopyField(passage.field) ? passage.field : 'description';
  const text = product[field];
  const check = useClaimCheck(text, productClaimFields[field]);
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" component="div">
        {translate(`resources.products.fields.${field}`)}
      </Typography>
      <Typography variant="body2" component="div">
        <HighlightedText
          text={text}
          findings={check.text === text ? check.findings : []}
          passage={passage}
          multiline
        />
      </Typography>
    </Box>
  );
};

/** Why the moderators rejected the copy, who did and when, and what to change. Their words are plain text. */
export const RejectionNotice = ({ product, decision }: { product: Product; decision: Decision }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rule = decision.reasonRuleId;
  const reason =
    rule && rule !== 'other'
      ? translate(`claims.rules.${rule}.message`, { _: rule })
      : translate('resources.products.review.reason_other');
  const date = new Date(decision.at).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en');
  return (
    <Alert severity="error" sx={{ mb: 2 }} role="alert" aria-labelledby="product-rejection-title">
      <AlertTitle id="product-rejection-title">{translate('resources.products.review.rejected')}</AlertTitle>
      <Stack spacing={1}>
        <Typography variant="body2">{reason}</Typography>
        {decision.reasonText && (
          <Typography
            variant="body2"
            component="blockquote"
            sx={{ m: 0, pl: 1.5, borderLeft: 3, borderColor: 'divider' }}
          >
            {decision.reasonText}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary">
          {translate('resources.products.review.decided_by', { name: decision.byName, date })}
        </Typography>
        {decision.passage && <RejectedPassage product={product} passage={decision.passage} />}
        <Typography variant="body2">{translate('resources.products.review.fix_hint')}</Typography>
      </Stack>
    </Alert>
  );
};
