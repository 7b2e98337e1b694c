import { tradeModelSchema } from '../api';

export const tradeModelChoices = tradeModelSchema.options.map((id) => ({
  id,
  name: `resources.brands.trade_models.${id}`,
}));
