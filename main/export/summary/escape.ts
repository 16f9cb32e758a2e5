/**
 * Escapes text for HTML element content and double-quoted attributes. Everything printed comes
 * from untrusted documents (organ names, quoted passages, notes), so every interpolation goes
 * through here; the template never concatenates raw text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text and keeps its line breaks visible (notes and quotes are often several lines). */
export function escapeMultiline(text: string): string {
  return escapeHtml(text.trim()).replace(/\r?\n/g, '<br>');
}
