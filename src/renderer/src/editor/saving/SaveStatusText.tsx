import { useCallback, useRef } from 'react';
import type { Observable } from '../../common/Observable';
import { useShowInDom } from '../../common/useShowInDom';
import type { SaveStatus } from '../saveStatus';
import { saveStatusText } from '../saveStatus';

/** Changes in place as saves come and go while the writer types: see `useShowInDom`. */
export function SaveStatusText({ status }: { status: Observable<SaveStatus> }) {
  const text = useRef<HTMLSpanElement>(null);
  const show = useCallback((value: SaveStatus) => {
    if (!text.current) return;
    text.current.className = `save-status save-status-${value.kind}`;
    text.current.textContent = saveStatusText(value);
  }, []);
  useShowInDom(status, show);
  return <span ref={text} className="save-status" role="status" />;
}
