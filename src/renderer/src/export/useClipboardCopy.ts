import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { copyHtml, copyText } from './copyToClipboard';

export type CopyKind = 'html' | 'text';

/** Copies the saved story as HTML (with its text as the plain alternative) or as wire copy; says how it went. */
export function useClipboardCopy(storyId: string): {
  copy: (kind: CopyKind) => void;
  message: string | null;
} {
  const api = useApi();
  const [message, setMessage] = useState<string | null>(null);
  const textOf = async (format: 'html-fragment' | 'text') => {
    const result = await api.export.preview({ id: storyId, format });
    if (!result.ok || result.value.text === null)
      throw new Error(result.ok ? 'No text' : result.error.message);
    return result.value.text;
  };
  const copy = (kind: CopyKind) => {
    setMessage(null);
    const task = async () => {
      const text = await textOf('text');
      if (kind === 'html') await copyHtml(await textOf('html-fragment'), text);
      else await copyText(text);
    };
    task().then(
      () => setMessage(kind === 'html' ? 'Copied as HTML.' : 'Copied as plain text.'),
      (error: unknown) =>
        setMessage(`Could not copy: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  return { copy, message };
}
