import { teamInviteSchema } from '../api';
import { zodValidator } from '../components/zodValidator';

const shape = teamInviteSchema.shape;

export const teamValidators = {
  email: [zodValidator(shape.email, { required: true })],
  name: [zodValidator(shape.name, { required: true })],
  role: [zodValidator(shape.role, { required: true })],
};
