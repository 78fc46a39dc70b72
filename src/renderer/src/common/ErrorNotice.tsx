interface ErrorNoticeProps {
  message: string;
  onDismiss: () => void;
}

export function ErrorNotice({ message, onDismiss }: ErrorNoticeProps) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-text">{message}</p>
      <button type="button" className="quiet" onClick={onDismiss}>
        Dismiss error
      </button>
    </div>
  );
}
