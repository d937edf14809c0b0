/**
 * A small element tree from XML text, built with `saxes` (a strict, non-validating streaming
 * parser). Names are local names (the prefix dropped): Word always writes `w:`, but other
 * producers may choose other prefixes for the same namespace. A DOCTYPE is refused: Word never
 * writes one, and refusing it keeps entity expansion out of the picture.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

/** Elements deeper than this are no document Word writes. */
const MAX_DEPTH = 256;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on('doctype', () => {
    throw new XmlError('DOCTYPE not allowed');
  });
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_DEPTH) throw new XmlError('nested too deeply');
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attrs[localName(key)] = String(value);
    const element: XmlElement = { name: localName(tag.name), attrs, children: [] };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    stack[stack.length - 1].children.push(text);
  });
  parser.on('error', (error) => {
    throw new XmlError(error.message);
  });
  parser.write(text).close();
  const element = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!element) throw new XmlError('no root element');
  return element;
}

export function childElements(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  const out: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== 'string' && (name === undefined || child.name === name)) out.push(child);
  return out;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const node of element.children) if (typeof node !== 'string' && node.name === name) return node;
  return undefined;
}

/** The `val` attribute of a child element (`<w:pStyle w:val="Kop1"/>`). */
export function childVal(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attrs.val;
}

/** All text below an element, in document order. */
export function textOf(element: XmlElement): string {
  let out = '';
  for (const node of element.children) out += typeof node === 'string' ? node : textOf(node);
  return out;
}

/** A Word on/off property: present without `val`, or with a `val` other than 0/false/off. */
export function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = element.attrs.val;
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}
