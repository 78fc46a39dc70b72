import type { UndoOffer } from './useHomeActions';

export function UndoNotice({ offer, onDismiss }: { offer: UndoOffer | null; onDismiss: () => void }) {
  return (
    <div className="undo-notice" aria-live="polite">
      {offer && (
        <>
          <span>{offer.message}</span>
          <button type="button" onClick={offer.undo}>
            Undo
          </button>
          <button type="button" className="quiet" aria-label="Dismiss trash notice" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
