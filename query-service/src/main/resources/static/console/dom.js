// Every node the console builds goes through these helpers: text is always set with textContent, never parsed as HTML.

/** el('a', {href: '#/x', class: 'y'}, 'text', otherNode) */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/**
 * The search API's snippet is the paragraph's text HTML-escaped with matches in <em>. Rather than trusting it as
 * HTML, it is split on exactly those two tags and rebuilt as text nodes and <em> elements; any other markup stays
 * visible as text, so nothing in a document can become active content.
 */
export function snippet(html) {
  const fragment = document.createDocumentFragment();
  let inside = false;
  for (const part of String(html ?? '').split(/(<em>|<\/em>)/)) {
    if (part === '<em>') { inside = true; continue; }
    if (part === '</em>') { inside = false; continue; }
    if (!part) continue;
    const text = unescapeEntities(part);
    fragment.append(inside ? el('mark', {}, text) : document.createTextNode(text));
  }
  return fragment;
}

const ENTITIES = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&#x2F;': '/'};

function unescapeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|#x2F);/g, entity => ENTITIES[entity]);
}

/** A paragraph's text with each entity mention (offsets into the text) marked, overlapping mentions skipped. */
export function withMentions(text, mentions) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  const ordered = [...(mentions ?? [])]
    .filter(m => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mention of ordered) {
    if (mention.start < at) continue;
    if (mention.start > at) fragment.append(text.slice(at, mention.start));
    fragment.append(el('mark', {
      class: 'entity entity-' + String(mention.type ?? '').toLowerCase(),
      title: `${mention.name ?? mention.id} (${mention.type}, ${mention.id})`,
      'data-entity': mention.id,
    }, text.slice(mention.start, mention.end)));
    at = mention.end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}

export const LANGUAGES = {ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish'};

export function languageName(code) {
  return LANGUAGES[code] ?? code ?? '';
}

export function formatTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleString();
}
