/**
 * The "Sao chép" button of a citation: copies the citation's text and says so in a live
 * region. Loaded as an external module (the Content-Security-Policy forbids inline scripts);
 * without it the button stays hidden and the citation is plain selectable text.
 */

/**
 * Show and wire every `[data-copy-target]` button on the page.
 * @example initCopyButtons(document)
 */
export function initCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const target = document.getElementById(button.dataset.copyTarget ?? '');
    const status = document.getElementById(button.dataset.copyStatus ?? '');
    if (!target || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(target.textContent?.trim() ?? '').then(
        () => status && (status.textContent = button.dataset.copied ?? ''),
        () => status && (status.textContent = button.dataset.failed ?? ''),
      );
    });
  }
}

initCopyButtons(document);
