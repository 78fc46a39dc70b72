export function ConflictAlert({ onReload }: { onReload: () => void }) {
  return (
    <div className="notice notice-error conflict-alert" role="alert">
      <div className="notice-text">
        <p className="notice-title">This story was changed elsewhere</p>
        <p>Your edits were not saved. Reloading shows the latest version and discards your unsaved edits.</p>
      </div>
      <button type="button" onClick={onReload}>
        Reload story
      </button>
    </div>
  );
}
