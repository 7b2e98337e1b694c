import type { Validator } from 'react-admin';
import type { z } from 'zod';

/**
 * Turns a field schema of the API contract into a react-admin validator, so the form refuses exactly
 * what the platform refuses with the same message keys. `required` marks the label with an asterisk.
 */
export function zodValidator(schema: z.ZodType, options: { required?: boolean } = {}): Validator {
  const validate: Validator = (value: unknown) => {
    if (value === null || value === undefined || value === '') {
      return options.required ? 'validation.required' : undefined;
    }
    const result = schema.safeParse(value);
    return result.success ? undefined : result.error.issues[0]?.message;
  };
  return Object.assign(validate, { isRequired: options.required ?? false });
}
