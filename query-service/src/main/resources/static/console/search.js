// Search: the box, the filters of the API, the results with their snippets, facets that narrow, paging, exports.

import {apiPath, download, read} from './api.js';
import {el, languageName, replace, snippet} from './dom.js';

const PAGE_SIZE = 10;
/** The filters of /api/search the console sets; theme, sdg and entity may repeat (all must match). */
const FILTERS = ['symbol', 'type', 'language', 'theme', 'sdg', 'entity', 'entityType', 'dateFrom', 'dateTo'];
const FACETS = [
  {key: 'themes', param: 'theme', title: 'Themes', value: f => f.id, label: f => f.id},
  {key: 'sdgs', param: 'sdg', title: 'SDGs', value: f => String(f.goal), label: f => `SDG ${f.goal}`},
  {key: 'entities', param: 'entity', title: 'Entities', value: f => f.id, label: f => f.name ?? f.id},
  {key: 'types', param: 'type', title: 'Type', value: f => f.id, label: f => f.id},
  {key: 'languages', param: 'language', title: 'Language', value: f => f.id, label: f => languageName(f.id)},
];

export function initSearch(navigate) {
  const form = document.getElementById('search-form');
  form.addEventListener('submit', event => {
    event.preventDefault();
    const params = new URLSearchParams();
    const q = form.elements.q.value.trim();
    if (q) params.set('q', q);
    for (const name of FILTERS) {
      const value = form.elements[name]?.value?.trim();
      if (value) params.set(name, value);
    }
    navigate('#/search?' + params);
  });
}

/** Shows the search the hash describes (#/search?q=…&theme=…&page=2). */
export async function showSearch(params) {
  const form = document.getElementById('search-form');
  form.elements.q.value = params.get('q') ?? '';
  for (const name of FILTERS) {
    if (form.elements[name]) form.elements[name].value = params.get(name) ?? '';
  }
  showActiveFilters(params);
  const summary = document.getElementById('search-summary');
  const results = document.getElementById('results');
  const hasFilter = FILTERS.some(name => params.has(name));
  if (!params.get('q') && !hasFilter) {
    replace(summary, 'Type words in any of the six UN languages; a phrase in quotes; OR; -excluded; prefix*.');
    replace(results);
    replace(document.getElementById('facets'));
    replace(document.getElementById('pager'));
    replace(document.getElementById('search-exports'));
    return;
  }
  const page = Number(params.get('page') ?? 0);
  const query = {q: params.get('q') ?? undefined, page, size: PAGE_SIZE};
  for (const name of FILTERS) query[name] = params.getAll(name);
  replace(summary, 'Searching…');
  replace(results);
  results.setAttribute('aria-busy', 'true');
  const result = await read('/api/search', query);
  results.removeAttribute('aria-busy');
  if (!result.ok) {
    replace(summary, el('span', {class: 'error'}, result.detail));
    replace(results);
    return;
  }
  const {total, items, facets, terms} = result.body;
  replace(summary, `${total} paragraph${total === 1 ? '' : 's'}`,
      terms?.length ? ` · terms searched: ${terms.join(', ')}` : '');
  replace(results, items.map(resultItem));
  showFacets(facets, params);
  showPager(total, page, params);
  const exportQuery = {...query, page: undefined, size: undefined};
  replace(document.getElementById('search-exports'), 'Export every hit: ',
      exportLink(apiPath('/api/search', {...exportQuery, format: 'jsonl'}), 'search.jsonl', 'JSON Lines'), ' · ',
      exportLink(apiPath('/api/search', {...exportQuery, format: 'csv'}), 'search.csv', 'CSV'));
}

function resultItem(hit) {
  const href = `#/documents/${encodeURIComponent(hit.documentId)}?p=${hit.index}`;
  return el('li', {class: 'result', 'data-document-id': hit.documentId, 'data-type': hit.type,
    'data-themes': (hit.themes ?? []).map(t => t.id).join(' '), lang: hit.language ?? undefined},
      el('div', {class: 'result-head'},
          el('a', {href, class: 'symbol'}, hit.symbol ?? hit.documentId),
          el('span', {class: 'title', dir: 'auto'}, hit.title ?? ''),
      ),
      el('p', {class: 'snippet', dir: 'auto'}, snippet(hit.snippet ?? hit.text)),
      el('div', {class: 'result-meta'},
          hit.date ? el('span', {}, hit.date) : null,
          el('span', {class: 'badge'}, hit.type ?? ''),
          el('span', {class: 'badge'}, languageName(hit.language)),
          hit.number ? el('span', {}, `¶ ${hit.number}`) : null,
          hit.role ? el('span', {class: 'badge role'}, hit.role.toLowerCase()) : null,
          hit.sectionPath?.length ? el('span', {class: 'section', dir: 'auto'}, hit.sectionPath.join(' › ')) : null,
          (hit.themes ?? []).map(t => el('span', {class: 'tag theme'}, t.id)),
          (hit.sdgs ?? []).map(s => el('span', {class: 'tag sdg'}, `SDG ${s.goal}`))));
}

function showFacets(facets, params) {
  const aside = document.getElementById('facets');
  if (!facets) {
    replace(aside);
    return;
  }
  replace(aside, FACETS.filter(facet => facets[facet.key]?.length).map(facet => {
    const chosen = params.getAll(facet.param);
    return el('section', {class: 'facet', 'aria-label': facet.title},
        el('h3', {}, facet.title),
        el('ul', {}, facets[facet.key].map(entry => {
          const value = facet.value(entry);
          const next = new URLSearchParams(params);
          next.delete('page');
          if (!chosen.includes(value)) next.append(facet.param, value);
          return el('li', {},
              el('a', {
                href: '#/search?' + next, class: chosen.includes(value) ? 'facet-value chosen' : 'facet-value',
                'data-facet': facet.param, 'data-value': value, dir: 'auto',
                title: entry.type ? `${entry.type} ${entry.id}` : undefined,
              }, facet.label(entry), ' ', el('span', {class: 'count'}, String(entry.count))));
        })));
  }));
}

function showActiveFilters(params) {
  const chips = [];
  for (const name of FILTERS) {
    for (const value of params.getAll(name)) {
      const next = new URLSearchParams();
      for (const [key, item] of params) {
        if (!(key === name && item === value) && key !== 'page') next.append(key, item);
      }
      chips.push(el('a', {href: '#/search?' + next, class: 'chip', title: `remove the filter ${name}=${value}`},
          `${name}: ${value} ✕`));
    }
  }
  replace(document.getElementById('active-filters'), chips);
}

function showPager(total, page, params) {
  const pages = Math.ceil(total / PAGE_SIZE);
  const pager = document.getElementById('pager');
  if (pages <= 1) {
    replace(pager);
    return;
  }
  const link = (to, label, rel) => {
    const next = new URLSearchParams(params);
    next.set('page', String(to));
    return el('a', {href: '#/search?' + next, rel}, label);
  };
  replace(pager,
      page > 0 ? link(page - 1, '← Previous', 'prev') : null,
      el('span', {}, ` page ${page + 1} of ${pages} `),
      page + 1 < pages ? link(page + 1, 'Next →', 'next') : null);
}

export function exportLink(path, fileName, label) {
  return el('a', {
    href: path, download: fileName,
    onclick: event => {
      // with a read token, a plain link would be refused: fetch it with the header instead
      if (document.getElementById('read-token').value) {
        event.preventDefault();
        download(path, fileName);
      }
    },
  }, label);
}
