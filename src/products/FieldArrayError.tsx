import { FormHelperText } from '@mui/material';
import { useFormState } from 'react-hook-form';
import { ValidationError } from 'react-admin';

/**
 * The error of a whole list (e.g. `skus: products.errors.sku_required` from the platform), which no single
 * input shows. react-hook-form keeps it as `message` or `root.message` depending on who set it.
 */
export const FieldArrayError = ({ name }: { name: string }) => {
  const { errors } = useFormState({ name });
  const error: unknown = errors[name];
  const message = messageOf(error);
  if (!message) return null;
  return (
    <FormHelperText error role="alert" sx={{ mx: 0 }}>
      <ValidationError error={message} />
    </FormHelperText>
  );
};

function messageOf(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string' && error.message) return error.message;
  if ('root' in error) return messageOf(error.root);
  return undefined;
}
