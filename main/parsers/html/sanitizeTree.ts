import type { ChildNode, Document, Element } from 'domhandler';
import { checkDepthBudget } from '../budgets';

/** Elements that never reach the reader or the renderer: code, embeds, forms, metadata. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
]);

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/**
 * Cleans a parsed page or .docx HTML in place before anchors are assigned, iteratively (a page
 * nested 5,000 deep overflowed the recursive readers): refuses nesting beyond the budget, drops
 * scripts, embeds and forms, and strips event handlers, `href`s (a link in a document must never
 * navigate the app), script URLs and any incoming `data-anchor` (only the ids this reader assigns
 * may point at the source, or a document could plant decoys for the table's cells).
 */
export function sanitizeTree(doc: Document, what: string): void {
  const stack: Array<{ nodes: ChildNode[]; depth: number }> = [{ nodes: doc.children, depth: 1 }];
  let deepest = 0;
  while (stack.length > 0) {
    const { nodes, depth } = stack.pop() as { nodes: ChildNode[]; depth: number };
    deepest = Math.max(deepest, depth);
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node.type === 'directive' || node.type === 'comment' || node.type === 'cdata') {
        if (node.type !== 'directive') nodes.splice(i, 1);
        continue;
      }
      if (!isElement(node)) continue;
      if (DROP.has(node.name)) {
        nodes.splice(i, 1);
        continue;
      }
      for (const name of Object.keys(node.attribs)) {
        const value = node.attribs[name];
        if (
          name.startsWith('on') ||
          name === 'data-anchor' ||
          name === 'href' ||
          name === 'xlink:href' ||
          name === 'srcdoc' ||
          name === 'formaction' ||
          name === 'action'
        ) {
          Reflect.deleteProperty(node.attribs, name);
        } else if (/^\s*(?:javascript|vbscript|data:text\/html)/i.test(value) && (name === 'src' || name === 'background' || name === 'poster')) {
          Reflect.deleteProperty(node.attribs, name);
        }
      }
      if (node.children.length > 0) stack.push({ nodes: node.children, depth: depth + 1 });
    }
  }
  checkDepthBudget(deepest, what);
}
