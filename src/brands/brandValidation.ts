import { brandSchema } from '../api';
import { zodValidator } from '../components/zodValidator';

/** The contract's field schemas, so the form refuses what the platform would refuse, with the same keys. */
const shape = brandSchema.shape;

export const brandValidators = {
  name: zodValidator(shape.name, { required: true }),
  nameEn: zodValidator(shape.nameEn),
  category: zodValidator(shape.category, { required: true }),
  country: zodValidator(shape.country, { required: true }),
  intro: zodValidator(shape.intro),
};
