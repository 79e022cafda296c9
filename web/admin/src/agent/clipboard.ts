/** The text a served rendering puts into a reply: sanitised HTML as its text, any other format as is. */
export function replyText(content: string, format: string): string {
  if (format !== 'html') return content;
  // DOMParser documents run no script and load nothing: safe for the (already sanitised) served HTML.
  return new DOMParser().parseFromString(content, 'text/html').body.textContent ?? '';
}

/**
 * Puts text on the clipboard; true once it is there. The Clipboard API needs a permission an embedding desktop may
 * not give its iframe, so a hidden textarea and execCommand take over then.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}
