import { useState, type ReactElement } from 'react';
import { Tooltip } from '@mui/material';
import ListIcon from '@mui/icons-material/StorefrontOutlined';
import DelistIcon from '@mui/icons-material/VisibilityOffOutlined';
import { Button, Confirm, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { Product } from '../api';
import { useBrandStore } from './useBrandStore';
import { useProductTransition } from './useProductTransition';
import { availability, listingNeedsReview, type TransitionAction } from './transitionAvailability';

interface TransitionButtonProps {
  product: Product;
  action: TransitionAction;
  icon: ReactElement;
  isPending: boolean;
  /** Overrides the product's own reason, e.g. unsaved changes in the form around. */
  blockedBy?: string;
  onClick: () => void;
}

/** A disabled button says why in a tooltip; the span keeps the tooltip working on a disabled button. */
const TransitionButton = ({
  product,
  action,
  icon,
  isPending,
  blockedBy,
  onClick,
}: TransitionButtonProps) => {
  const translate = useTranslate();
  const { reason } = availability(product, action);
  const why = reason ?? blockedBy;
  return (
    <Tooltip title={why ? translate(why) : ''}>
      <span>
        <Button
          label={`resources.products.transitions.${action}`}
          disabled={!!why || isPending}
          onClick={onClick}
        >
          {icon}
        </Button>
      </span>
    </Tooltip>
  );
};

/**
 * "List" and "Delist" for roles that may edit products (not customer-service agents). Listing copy that a
 * moderator still has to review asks first, since it will not go live straight away.
 */
export const ProductStatusActions = ({ unsavedChanges = false }: { unsavedChanges?: boolean }) => {
  const product = useRecordContext<Product>();
  const { canAccess } = useCanAccess({ resource: 'products', action: 'edit', record: product });
  const [confirming, setConfirming] = useState(false);
  const { mutate, isPending } = useProductTransition(product);
  const { store } = useBrandStore({ enabled: canAccess === true });
  if (!product || !canAccess) return null;

  const list = () => (listingNeedsReview(product) ? setConfirming(true) : mutate('list'));
  const confirmList = () => mutate('list', { onSettled: () => setConfirming(false) });
  const blockedBy = unsavedChanges ? 'resources.products.transitions.save_first' : undefined;
  // The platform refuses to list anything before the store opens; say so before the click.
  const listBlockedBy =
    blockedBy ?? (store?.status === 'not_open' ? 'products.errors.store_not_open' : undefined);
  return (
    <>
      <TransitionButton
        product={product}
        action="list"
        icon={<ListIcon />}
        isPending={isPending}
        blockedBy={listBlockedBy}
        onClick={list}
      />
      <TransitionButton
        product={product}
        action="delist"
        icon={<DelistIcon />}
        isPending={isPending}
        blockedBy={blockedBy}
        onClick={() => mutate('delist')}
      />
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title="resources.products.transitions.confirm_title"
        titleTranslateOptions={{ title: product.title }}
        content="resources.products.transitions.confirm_content"
        confirm="resources.products.transitions.list"
        onConfirm={confirmList}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
