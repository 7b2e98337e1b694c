/**
 * Quick replies are templates with variables in braces: "您好 {buyerName}，订单 {orderNumber} 已发货".
 * Filling one replaces each known variable with its value; a variable without a value stays visible
 * in braces so the agent sees what to complete before sending, rather than a gap the buyer reads.
 */
export const TEMPLATE_VARIABLES = ['buyerName', 'orderNumber', 'trackingNumber', 'agentName'] as const;
export type TemplateVariableName = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariableName, string | null>>;

const VARIABLE = /\{(\w+)\}/g;

const isKnown = (name: string): name is TemplateVariableName =>
  (TEMPLATE_VARIABLES as readonly string[]).includes(name);

export interface FilledTemplate {
  text: string;
  /** Variables the template uses that had no value: the agent completes them by hand. */
  missing: TemplateVariableName[];
  /** Names in braces that are not variables (a typo such as {buyername}). */
  unknown: string[];
}

export function fillTemplate(template: string, values: TemplateValues): FilledTemplate {
  const missing = new Set<TemplateVariableName>();
  const unknown = new Set<string>();
  const text = template.replace(VARIABLE, (whole, name: string) => {
    if (!isKnown(name)) {
      unknown.add(name);
      return whole;
    }
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text, missing: [...missing], unknown: [...unknown] };
}

/** The variables a template uses, in order of first use. */
export const variablesIn = (template: string): TemplateVariableName[] => [
  ...new Set([...template.matchAll(VARIABLE)].map((match) => match[1]).filter(isKnown)),
];
