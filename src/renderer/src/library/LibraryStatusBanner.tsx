import { useState } from 'react';
import { folderOf } from './quarantineFolder';
import { useLibraryStatus } from './useLibraryStatus';

export function LibraryStatusBanner() {
  const { status, error } = useLibraryStatus();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;

  const quarantined = status?.quarantined ?? [];
  const rebuilt = status?.indexRebuilt ?? false;
  if (!error && quarantined.length === 0 && !rebuilt) return null;

  const folders = [...new Set(quarantined.map((entry) => folderOf(entry.movedTo)))].join(', ');
  return (
    <div className="notice notice-warning library-banner" role="alert">
      <div className="notice-text">
        {error && <p>Copydesk could not check the library: {error}</p>}
        {quarantined.length > 0 && (
          <>
            <p>
              {quarantined.length === 1
                ? '1 file in the library could not be read and was moved to the quarantine folder '
                : `${quarantined.length} files in the library could not be read and were moved to the quarantine folder `}
              <code>{folders}</code>
            </p>
            <ul className="quarantine-list">
              {quarantined.map((entry) => (
                <li key={entry.movedTo}>
                  <code>{entry.file}</code> — {entry.reason}
                </li>
              ))}
            </ul>
          </>
        )}
        {rebuilt && (
          <p>The library index was missing or damaged, so Copydesk rebuilt it from the story files.</p>
        )}
      </div>
      <button type="button" className="quiet" onClick={() => setDismissed(true)}>
        Dismiss library notice
      </button>
    </div>
  );
}
