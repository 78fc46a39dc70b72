import type { DragEvent } from 'react';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Props for an element that takes files dropped on it. Drops inside the story body are left to the editor,
 * which has its own paste and drop handling.
 */
export function fileDropProps(onFiles: (files: File[]) => void) {
  const inEditor = (event: DragEvent) => (event.target as Element).closest?.('.ProseMirror') !== null;
  return {
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event) || inEditor(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event) || inEditor(event)) return;
      event.preventDefault();
      onFiles([...event.dataTransfer.files]);
    },
  };
}
