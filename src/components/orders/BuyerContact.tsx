import { useState } from 'react';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import { Box, Stack, Typography } from '@mui/material';
import { Button, Confirm, useCanAccess, useTranslate } from 'react-admin';
import type { Order, RevealField } from '../../api';
import { RevealLog } from './RevealLog';
import { useReveal } from './useReveal';

type Contact = Pick<Order, 'id' | 'buyerName' | 'buyerPhoneMasked' | 'buyerAddressMasked' | 'reveals'>;

const ContactLine = (props: {
  field: RevealField;
  masked: string;
  revealed: string | undefined;
  canReveal: boolean;
  onShow: () => void;
}) => {
  const translate = useTranslate();
  const label = translate(`resources.orders.contact.${props.field}`);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 48 }}>
        {label}
      </Typography>
      <Typography variant="body2" sx={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
        {props.revealed ?? props.masked}
      </Typography>
      {props.canReveal && props.revealed === undefined && (
        <Button
          size="small"
          label="resources.orders.contact.show"
          aria-label={translate('resources.orders.contact.show_field', { field: label })}
          onClick={props.onShow}
        >
          <VisibilityIcon />
        </Button>
      )}
    </Stack>
  );
};

/**
 * The buyer's phone and address, masked. Agents and admins may reveal one after confirming, since
 * the platform logs every reveal; marketers only ever see the masked form.
 */
export const BuyerContact = ({ order }: { order: Contact }) => {
  const { canAccess: canReveal = false } = useCanAccess({ resource: 'orders', action: 'edit' });
  const [asking, setAsking] = useState<RevealField | null>(null);
  const [revealed, setRevealed] = useState<Partial<Record<RevealField, string>>>({});
  const reveal = useReveal(order.id);
  const translate = useTranslate();
  const confirm = () => {
    if (!asking) return;
    reveal.mutate(asking, {
      onSuccess: ({ field, value }) => setRevealed((before) => ({ ...before, [field]: value })),
      onSettled: () => setAsking(null),
    });
  };
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {order.buyerName}
      </Typography>
      <ContactLine
        field="phone"
        masked={order.buyerPhoneMasked}
        revealed={revealed.phone}
        canReveal={canReveal}
        onShow={() => setAsking('phone')}
      />
      <ContactLine
        field="address"
        masked={order.buyerAddressMasked}
        revealed={revealed.address}
        canReveal={canReveal}
        onShow={() => setAsking('address')}
      />
      <RevealLog reveals={order.reveals} />
      <Confirm
        isOpen={asking !== null}
        loading={reveal.isPending}
        title="resources.orders.contact.confirm_title"
        titleTranslateOptions={{ field: asking ? translate(`resources.orders.contact.${asking}`) : '' }}
        content="resources.orders.contact.confirm_content"
        confirm="resources.orders.contact.confirm"
        onConfirm={confirm}
        onClose={() => setAsking(null)}
      />
    </Box>
  );
};
