import { quickReplyCreateSchema } from '../api';
import { zodValidator } from '../components/zodValidator';

const shape = quickReplyCreateSchema.shape;

/** The platform's own field rules, with its message keys; banned claims are checked by the body's input. */
export const quickReplyValidators = {
  title: [zodValidator(shape.title, { required: true })],
  body: [zodValidator(shape.body, { required: true })],
};

/** Only what the form edits goes back, with the version it was based on. */
export const toQuickReplyWrite = ({
  version,
  title,
  body,
}: {
  version?: number;
  title: string;
  body: string;
}) => (version === undefined ? { title, body } : { version, title, body });
