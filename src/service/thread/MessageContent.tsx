import { useState } from 'react';
import { Box, ButtonBase, Dialog, DialogContent, DialogTitle, IconButton, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Message, OrderCard, ProductCard } from '../../api';
import { formatFen } from '../../domain/money';

/** What a message says, by kind. Text is rendered as text (pre-wrap), never as HTML; links stay plain text. */
export function MessageContent({ message }: { message: Message }) {
  if (message.kind === 'image' && message.imageUrl)
    return <MessageImage url={message.imageUrl} author={message.authorName} />;
  if (message.kind === 'product' && message.product) return <ProductCardView card={message.product} />;
  if (message.kind === 'order' && message.order) return <OrderCardView card={message.order} />;
  return (
    <Typography variant="body2" component="p" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', m: 0 }}>
      {message.body}
    </Typography>
  );
}

function MessageImage({ url, author }: { url: string; author: string }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const alt = translate('service.thread.image.alt', { name: author });
  return (
    <>
      <ButtonBase
        onClick={() => setOpen(true)}
        aria-label={translate('service.thread.image.open', { name: author })}
        sx={{ borderRadius: 1, overflow: 'hidden', display: 'block' }}
      >
        <Box
          component="img"
          src={url}
          alt={alt}
          loading="lazy"
          sx={{ display: 'block', maxWidth: 220, maxHeight: 220, width: '100%', objectFit: 'cover' }}
        />
      </ButtonBase>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" aria-labelledby="thread-image-title">
        <DialogTitle id="thread-image-title" sx={{ pr: 6 }}>
          {alt}
        </DialogTitle>
        <IconButton
          onClick={() => setOpen(false)}
          aria-label={translate('ra.action.close')}
          sx={{ position: 'absolute', right: 8, top: 8 }}
        >
          <CloseIcon />
        </IconButton>
        <DialogContent>
          <Box component="img" src={url} alt={alt} sx={{ display: 'block', maxWidth: '100%' }} />
        </DialogContent>
      </Dialog>
    </>
  );
}

const cardSx = {
  display: 'flex',
  gap: 1.5,
  alignItems: 'center',
  p: 1,
  borderRadius: 1,
  border: 1,
  borderColor: 'divider',
  bgcolor: 'background.paper',
  color: 'text.primary',
  minWidth: 0,
} as const;

function ProductCardView({ card }: { card: ProductCard }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box sx={cardSx} role="group" aria-label={translate('service.thread.card.product')}>
      {card.imageUrl ? (
        <Box
          component="img"
          src={card.imageUrl}
          alt={card.name}
          loading="lazy"
          sx={{ width: 56, height: 56, objectFit: 'cover', borderRadius: 0.5, flexShrink: 0 }}
        />
      ) : null}
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="caption" color="text.secondary" component="p">
          {translate('service.thread.card.product')}
        </Typography>
        <Typography variant="body2" component="p" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
          {card.name}
        </Typography>
        <Typography variant="body2" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatFen(card.priceFen, locale)}
        </Typography>
      </Box>
    </Box>
  );
}

function OrderCardView({ card }: { card: OrderCard }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box sx={cardSx} role="group" aria-label={translate('service.thread.card.order')}>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="caption" color="text.secondary" component="p">
          {translate('service.thread.card.order')}
        </Typography>
        <Typography
          variant="body2"
          component="p"
          sx={{ fontWeight: 500, fontVariantNumeric: 'tabular-nums' }}
        >
          {card.number}
        </Typography>
        <Typography variant="body2" component="p">
          {formatFen(card.totalFen, locale)}
          {' · '}
          {translate(`resources.orders.statuses.${card.status}`, { _: card.status })}
          {' · '}
          {translate('service.thread.card.items', { smart_count: card.itemCount })}
        </Typography>
      </Box>
    </Box>
  );
}
