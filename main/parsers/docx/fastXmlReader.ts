import { createRequire } from 'node:module';
import { Parser } from 'htmlparser2';

/** mammoth's own XML tree node (lib/xml/nodes.js), built through its exported constructors. */
interface MammothXml {
  readString: (xml: string, namespaceMap?: Record<string, string>) => Promise<unknown>;
  element: (name: string, attributes: Record<string, string>, children: unknown[]) => unknown;
  text: (value: string) => unknown;
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML = 'http://www.w3.org/XML/1998/namespace';

/**
 * Reads XML into mammoth's element tree exactly as its xmldom-based reader does (qualified
 * names mapped through `namespaceMap`, `{uri}local` otherwise; only elements and text kept),
 * with htmlparser2 in XML mode: xmldom's DOM building was most of the time of a .docx.
 */
export function readXmlString(xml: MammothXml, source: string, namespaceMap: Record<string, string> = {}): unknown {
  const scopes: Array<Map<string, string> | null> = [
    new Map([
      ['xml', XML],
      ['xmlns', XMLNS],
    ]),
  ];
  const lookup = (prefix: string): string | undefined => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i]?.get(prefix);
      if (uri !== undefined) return uri;
    }
    return undefined;
  };
  const convertName = (qualified: string, isAttribute: boolean): string => {
    const colon = qualified.indexOf(':');
    const prefix = colon < 0 ? '' : qualified.slice(0, colon);
    const local = colon < 0 ? qualified : qualified.slice(colon + 1);
    const uri = qualified === 'xmlns' ? XMLNS : colon < 0 ? (isAttribute ? undefined : lookup('')) : lookup(prefix);
    if (!uri) return local;
    const mapped = namespaceMap[uri];
    return mapped ? `${mapped}:${local}` : `{${uri}}${local}`;
  };
  // Names repeat by the thousand; cache them until a namespace is declared again (rarely
  // anywhere but on the root element).
  let elementNames = new Map<string, string>();
  let attributeNames = new Map<string, string>();
  const cached = (cache: Map<string, string>, qualified: string, isAttribute: boolean): string => {
    let name = cache.get(qualified);
    if (name === undefined) {
      name = convertName(qualified, isAttribute);
      cache.set(qualified, name);
    }
    return name;
  };

  const stack: Array<{ name: string; attributes: Record<string, string>; children: unknown[] }> = [];
  let root: unknown = null;
  let text = '';
  let inCdata = false;
  const flushText = () => {
    if (text !== '' && stack.length > 0) stack[stack.length - 1].children.push(xml.text(text));
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flushText();
        let scope: Map<string, string> | null = null;
        for (const key in attribs) {
          if (key === 'xmlns' || key.startsWith('xmlns:')) {
            scope ??= new Map();
            scope.set(key === 'xmlns' ? '' : key.slice(6), attribs[key]);
          }
        }
        scopes.push(scope);
        if (scope) {
          elementNames = new Map();
          attributeNames = new Map();
        }
        const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
        for (const key in attribs) attributes[cached(attributeNames, key, true)] = attribs[key];
        stack.push({ name: cached(elementNames, name, false), attributes, children: [] });
      },
      ontext(data) {
        if (!inCdata) text += data;
      },
      oncdatastart() {
        flushText();
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
      onclosetag() {
        flushText();
        const open = stack.pop();
        if (scopes.pop()) {
          elementNames = new Map();
          attributeNames = new Map();
        }
        if (!open) return;
        const element = xml.element(open.name, open.attributes, open.children);
        if (stack.length > 0) stack[stack.length - 1].children.push(element);
        else root ??= element;
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(source);
  parser.end();
  if (root === null) throw new Error('XML 中没有根元素');
  return root;
}

let installed = false;
let ownReader: MammothXml['readString'] | null = null;

/** mammoth's xml module, or null if a future mammoth has moved it. */
export function mammothXml(): MammothXml | null {
  try {
    const xml = createRequire(import.meta.url)('mammoth/lib/xml') as MammothXml;
    return typeof xml.readString === 'function' && typeof xml.element === 'function' ? xml : null;
  } catch {
    return null;
  }
}

/** mammoth's own xmldom-based reader, kept for comparison in tests. */
export function mammothOwnReader(): MammothXml['readString'] | null {
  return ownReader ?? mammothXml()?.readString ?? null;
}

/**
 * Makes mammoth read its XML parts with `readXmlString`. mammoth looks `readString` up on its
 * xml module at every call, so replacing the export is enough; if a future mammoth moves it,
 * nothing is replaced and mammoth keeps its own reader.
 */
export function installFastXmlReader(): void {
  if (installed) return;
  installed = true;
  const xml = mammothXml();
  if (!xml) return;
  ownReader = xml.readString;
  xml.readString = (source, namespaceMap) => {
    try {
      return Promise.resolve(readXmlString(xml, source, namespaceMap));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
