// Reading one document: its metadata, heading tree, numbered paragraphs with their tags and entity mentions,
// footnotes beside the paragraph that cites them, the documents it cites and those citing it, exports.

import {read} from './api.js';
import {el, formatTime, languageName, replace, withMentions} from './dom.js';
import {exportLink} from './search.js';

export async function showDocument(id, params) {
  const title = document.getElementById('doc-title');
  replace(title, 'Loading…');
  for (const part of ['doc-meta', 'doc-exports', 'doc-outline', 'doc-links', 'doc-paragraphs']) {
    replace(document.getElementById(part));
  }
  const [documentAnswer, paragraphsAnswer] = await Promise.all([
    read(`/api/documents/${encodeURIComponent(id)}`),
    read(`/api/documents/${encodeURIComponent(id)}/paragraphs`),
  ]);
  if (!documentAnswer.ok) {
    replace(title, documentAnswer.status === 404 ? 'No such document (yet)' : 'Cannot read this document');
    replace(document.getElementById('doc-meta'), el('p', {class: 'error'}, documentAnswer.detail));
    return;
  }
  const doc = documentAnswer.body;
  const meta = doc.metadata ?? {};
  replace(title, meta.symbol ? `${meta.symbol} — ` : '', meta.title ?? doc.fileName ?? id);
  title.lang = meta.language ?? '';
  showMetadata(doc, meta);
  const path = `/api/documents/${encodeURIComponent(id)}/paragraphs`;
  const base = (meta.symbol ?? id).replaceAll('/', '-');
  replace(document.getElementById('doc-exports'), 'Export the paragraphs: ',
      exportLink(`${path}?format=jsonl`, `${base}.jsonl`, 'JSON Lines'), ' · ',
      exportLink(`${path}?format=csv`, `${base}.csv`, 'CSV'));
  showCitations(doc);
  const paragraphs = paragraphsAnswer.ok ? paragraphsAnswer.body.items : [];
  showOutline(paragraphs);
  showParagraphs(paragraphs, meta.language);
  const wanted = params.get('p');
  if (wanted !== null) {
    const target = document.getElementById(`p-${wanted}`);
    if (target) {
      target.classList.add('target');
      target.scrollIntoView({block: 'center'});
    }
  }
}

function showMetadata(doc, meta) {
  const status = doc.status ?? {};
  const rows = [
    ['Symbol', meta.symbol],
    ['Title', meta.title],
    ['Date', meta.date],
    ['Session', meta.session],
    ['Agenda items', (meta.agendaItems ?? (meta.agendaItem ? [meta.agendaItem] : [])).join(', ')],
    ['Type', meta.type],
    ['Language', languageName(meta.language)],
    ['Pages', meta.pageCount],
    ['Paragraphs', doc.paragraphCount],
    ['File', doc.fileName],
    ['Stage', status.stage === 'FAILED' ? `FAILED before ${status.failedStage}: ${status.error ?? ''}` : status.stage],
    ['Updated', formatTime(status.updatedAt)],
    ['Themes', (doc.themes ?? []).map(t => `${t.id} (${t.count})`).join(', ')],
    ['SDGs', (doc.sdgs ?? []).map(s => `SDG ${s.goal} (${s.count})`).join(', ')],
  ];
  replace(document.getElementById('doc-meta'), rows
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([name, value]) => el('div', {class: name === 'Themes' || name === 'SDGs' ? 'wide' : undefined},
          el('dt', {}, name), el('dd', {dir: 'auto'}, String(value)))));
}

function showCitations(doc) {
  const link = reference => reference.documentId
      ? el('a', {href: `#/documents/${encodeURIComponent(reference.documentId)}`, class: 'citation'}, reference.symbol)
      : el('span', {class: 'citation missing', title: 'not in this collection'}, reference.symbol);
  const list = (label, references) => el('div', {class: 'citations'},
      el('h3', {}, label),
      references.length ? el('ul', {}, references.map(r => el('li', {}, link(r)))) : el('p', {class: 'none'}, 'none'));
  replace(document.getElementById('doc-links'),
      list('Cites', doc.references ?? []),
      list('Cited by', doc.citedBy ?? []));
}

/** Headings nest by the length of their section path (the headings enclosing them). */
function showOutline(paragraphs) {
  const headings = paragraphs.filter(p => p.kind === 'HEADING');
  const nav = document.getElementById('doc-outline');
  if (!headings.length) {
    replace(nav);
    return;
  }
  const root = el('ul');
  const stack = [{level: 0, list: root}];
  for (const heading of headings) {
    const level = (heading.sectionPath?.length ?? 0) + 1;
    while (stack.length > 1 && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    const item = el('li', {}, el('a', {href: `#p-${heading.index}`, dir: 'auto',
      onclick: event => {
        event.preventDefault();
        document.getElementById(`p-${heading.index}`)?.scrollIntoView({block: 'start'});
      }}, heading.text));
    parent.list.append(item);
    const children = el('ul');
    item.append(children);
    stack.push({level, list: children});
  }
  for (const empty of root.querySelectorAll('ul:empty')) empty.remove();
  replace(nav, el('h3', {}, 'Contents'), root);
}

function showParagraphs(paragraphs, language) {
  const footnotes = new Map();
  for (const p of paragraphs) {
    if (p.kind === 'FOOTNOTE' && p.number) footnotes.set(p.number, p);
  }
  const cited = new Set(paragraphs.flatMap(p => p.kind === 'FOOTNOTE' ? [] : p.footnotes ?? []));
  const list = document.getElementById('doc-paragraphs');
  list.lang = language ?? '';
  replace(list, paragraphs
      .filter(p => !(p.kind === 'FOOTNOTE' && cited.has(p.number) && footnotes.has(p.number)))
      .map(p => paragraphItem(p, footnotes)));
}

function paragraphItem(p, footnotes) {
  if (p.kind === 'HEADING') {
    return el('li', {id: `p-${p.index}`, class: 'heading'}, el('h3', {dir: 'auto'}, p.text));
  }
  const notes = (p.footnotes ?? []).map(mark => footnotes.get(mark)).filter(Boolean);
  return el('li', {id: `p-${p.index}`, class: `paragraph kind-${p.kind.toLowerCase()}`, 'data-index': p.index},
      el('div', {class: 'para-head'},
          el('span', {class: 'number'}, p.number ?? ''),
          p.role ? el('span', {class: `badge role role-${p.role.toLowerCase()}`}, p.role.toLowerCase()) : null,
          p.kind !== 'PARAGRAPH' ? el('span', {class: 'badge'}, p.kind.toLowerCase().replace('_', ' ')) : null,
          p.page ? el('span', {class: 'page'}, `p. ${p.page}`) : null),
      el('p', {class: 'text', dir: 'auto'}, withMentions(p.text ?? '', p.entities)),
      tags(p),
      notes.length ? el('aside', {class: 'footnotes', 'aria-label': 'footnotes'},
          notes.map(note => el('p', {class: 'footnote', dir: 'auto'}, el('sup', {}, note.number), ' ',
              withMentions(note.text ?? '', note.entities)))) : null);
}

/** The tooltip of a tag: its confidence and the words that fired it, as the enrich service recorded them. */
function evidenceOf(name, tag) {
  const words = (tag.evidence ?? []).join(', ');
  return `${name}: confidence ${tag.score.toFixed(2)}` + (words ? ` — evidence: ${words}` : '');
}

function tags(p) {
  const chips = [];
  for (const theme of p.themes ?? []) {
    chips.push(el('span', {class: 'tag theme', title: evidenceOf(`theme ${theme.id}`, theme)},
        theme.id));
  }
  for (const sdg of p.sdgs ?? []) {
    chips.push(el('span', {class: 'tag sdg', title: evidenceOf(`SDG ${sdg.goal}`, sdg)},
        `SDG ${sdg.goal}`));
  }
  const seen = new Set();
  for (const entity of p.entities ?? []) {
    if (seen.has(entity.id)) continue;
    seen.add(entity.id);
    const mentions = p.entities.filter(e => e.id === entity.id).map(e => `“${e.text}”`);
    chips.push(el('span', {class: `tag entity entity-${entity.type.toLowerCase()}`,
      title: `${entity.type} ${entity.id}, written here as ${mentions.join(', ')}`}, entity.name ?? entity.id));
  }
  return chips.length ? el('div', {class: 'tags'}, chips) : null;
}
