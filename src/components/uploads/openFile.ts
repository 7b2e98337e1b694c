import type { MouseEvent } from 'react';
import type { FileRef } from '../../api';

/**
 * Opens an uploaded file in a new tab. Browsers refuse to navigate a tab to a data: URL (the mock platform
 * answers those), so such a file is opened as a blob: URL instead; a real URL opens as the link says.
 */
export function openFileInNewTab(file: FileRef) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (!file.url.startsWith('data:')) return;
    event.preventDefault();
    void fetch(file.url)
      .then((response) => response.blob())
      .then((blob) => {
        const objectUrl = URL.createObjectURL(blob);
        window.open(objectUrl, '_blank', 'noopener');
        // The new tab has loaded it by then; the URL is only a handle on memory.
        setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
      });
  };
}
