import { TEMPLATE_VARIABLES, type TemplateValues, type TemplateVariableName } from '../domain/service';

/** Sample details for the preview; the order and tracking numbers look like real RED and SF ones. */
export const sampleValues = (buyerName: string, agentName: string): TemplateValues => ({
  buyerName,
  orderNumber: 'RED2611200002',
  trackingNumber: 'SF1403928817',
  agentName,
});

/** The variable a mistyped name was probably meant to be ({buyername} → {buyerName}), if any. */
export const likelyVariable = (name: string): TemplateVariableName | undefined =>
  TEMPLATE_VARIABLES.find((variable) => variable.toLowerCase() === name.toLowerCase());
