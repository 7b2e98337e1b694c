import { createContext, useContext, useState, type ReactNode } from 'react';
import type { VerificationField, VerificationReason } from '../api';
import { ReviewRejectDialog } from './ReviewRejectDialog';

/** A reason the moderator is drafting; sent with the rejection, shown to the brand on its field. */
export interface DraftRejection {
  field: VerificationField;
  reason: VerificationReason;
  note: string;
}

/** What the reason dialog is open for: a new reason (on a given field or one to choose), or an edit. */
type DialogTarget = { field?: VerificationField; index?: number };

interface ReviewRejectionsValue {
  /** False when there is no decision to take: the page is read-only and offers no "Reject". */
  active: boolean;
  rejections: readonly DraftRejection[];
  openReason: (target?: DialogTarget) => void;
  remove: (index: number) => void;
  /** The last removed reason, until it is restored or something else changes. */
  lastRemoved: DraftRejection | null;
  undoRemove: () => void;
}

const ReviewRejectionsContext = createContext<ReviewRejectionsValue | null>(null);

export function useReviewRejections(): ReviewRejectionsValue {
  const value = useContext(ReviewRejectionsContext);
  if (!value) throw new Error('useReviewRejections needs a ReviewRejectionsProvider');
  return value;
}

/** One reason per field and reason: giving the same one again updates its note. */
function upsert(list: readonly DraftRejection[], rejection: DraftRejection, index?: number) {
  const others = list.filter((_, i) => i !== index);
  const same = others.findIndex(
    (existing) => existing.field === rejection.field && existing.reason === rejection.reason,
  );
  if (same >= 0) return others.map((existing, i) => (i === same ? rejection : existing));
  if (index === undefined) return [...others, rejection];
  return [...others.slice(0, index), rejection, ...others.slice(index)];
}

/**
 * Holds the reasons a moderator drafts while reading the application: every field's "Reject" and the
 * decision panel add to the same list, which the rejection sends at once.
 */
export const ReviewRejectionsProvider = ({ active, children }: { active: boolean; children: ReactNode }) => {
  const [rejections, setRejections] = useState<DraftRejection[]>([]);
  const [lastRemoved, setLastRemoved] = useState<DraftRejection | null>(null);
  const [target, setTarget] = useState<DialogTarget | null>(null);

  const openReason = (next: DialogTarget = {}) => setTarget(next);
  const remove = (index: number) => {
    setLastRemoved(rejections[index] ?? null);
    setRejections(rejections.filter((_, i) => i !== index));
  };
  const undoRemove = () => {
    if (lastRemoved) setRejections(upsert(rejections, lastRemoved));
    setLastRemoved(null);
  };
  const save = (rejection: DraftRejection) => {
    setRejections(upsert(rejections, rejection, target?.index));
    setLastRemoved(null);
    setTarget(null);
  };

  const value = { active, rejections, openReason, remove, lastRemoved, undoRemove };
  const editing = target?.index === undefined ? undefined : rejections[target.index];
  return (
    <ReviewRejectionsContext.Provider value={value}>
      {children}
      {target && (
        <ReviewRejectDialog
          initial={editing ?? (target.field ? { field: target.field } : {})}
          editing={editing !== undefined}
          onSave={save}
          onClose={() => setTarget(null)}
        />
      )}
    </ReviewRejectionsContext.Provider>
  );
};
