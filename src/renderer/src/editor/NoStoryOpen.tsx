export function NoStoryOpen() {
  return (
    <main className="editor-pane editor-pane-empty">
      <div className="empty-state">
        <p className="empty-title">No story open</p>
        <p className="empty-hint">Pick a story from the library, or start a new one.</p>
      </div>
    </main>
  );
}
