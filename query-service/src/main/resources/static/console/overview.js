// The overview: documents by stage, throughput, failures and lag, from query-service's own API, health and metrics.

import {currentSettings, read, text} from './api.js';
import {el, formatTime, replace} from './dom.js';

const STAGES = ['RECEIVED', 'PARSED', 'ENRICHED', 'STORED', 'FAILED'];
const samples = []; // [{at, stored}] taken while the page is open, for a rate over the last minutes

export async function showOverview() {
  const [counts, indexStatus, metrics, recent, failures] = await Promise.all([
    Promise.all(STAGES.map(stage => read('/api/documents', {stage, size: 1}))),
    read('/api/search/index', {}),
    text('actuator/prometheus'),
    read('/api/documents', {size: 10}),
    read('/api/failures', {size: 10}),
  ]);
  const stored = sum(metrics, 'docpipe_documents_total', {stage: 'store', outcome: 'success'});
  const consumerLag = max(metrics, 'kafka_consumer_fetch_manager_records_lag_max');
  samples.push({at: Date.now(), stored});
  while (samples.length > 1 && Date.now() - samples[0].at > 10 * 60_000) samples.shift();

  const cards = STAGES.map((stage, i) => card(stage.toLowerCase(), counts[i].ok ? counts[i].body.total : '?',
      `documents now ${stage}`, `stage-${stage.toLowerCase()}`));
  cards.push(card('stored since start', stored ?? '?', 'documents this query-service stored since it started'));
  cards.push(card('per minute', rate() ?? '…', 'documents stored per minute while this page is open'));
  if (consumerLag !== null) cards.push(card('consumer lag', consumerLag, 'largest record lag of query-service\'s consumers'));
  replace(document.getElementById('overview-cards'), cards);

  const index = indexStatus.ok ? indexStatus.body : null;
  replace(document.getElementById('overview-index'), index ? [
    ['State', `${index.state ?? '?'}${index.caughtUp ? '' : ' (not ready: still reading docs.enriched)'}`],
    ['Documents', index.documents],
    ['Paragraphs', index.paragraphs],
    ['Lag (records of docs.enriched not yet indexed)', index.lag],
  ].map(([name, value]) => el('div', {}, el('dt', {}, name), el('dd', {}, String(value ?? '?'))))
      : el('p', {}, 'The search index status did not answer.'));

  replace(document.getElementById('overview-recent'), recent.ok ? recent.body.items.map(d => el('tr', {},
      el('td', {}, el('a', {href: `#/documents/${encodeURIComponent(d.id)}`}, d.metadata?.symbol ?? d.fileName ?? d.id)),
      el('td', {dir: 'auto'}, d.metadata?.title ?? ''),
      el('td', {}, d.status?.stage ?? ''),
      el('td', {}, formatTime(d.status?.updatedAt)))) : el('tr', {}, el('td', {colspan: 4}, recent.detail)));

  replace(document.getElementById('overview-failures'), failures.ok && failures.body.items.length
      ? failures.body.items.map(f => el('li', {},
          el('a', {href: `#/documents/${encodeURIComponent(f.id)}`, dir: 'auto'}, f.fileName ?? f.id),
          ` failed before ${f.failedStage ?? '?'} at ${formatTime(f.failedAt)}: `, el('span', {dir: 'auto'}, f.error ?? '')))
      : el('li', {class: 'none'}, failures.ok ? 'No failures.' : failures.detail));

  const {grafanaUrl} = currentSettings();
  replace(document.getElementById('overview-links'),
      grafanaUrl ? el('a', {href: grafanaUrl, target: '_blank', rel: 'noopener'}, 'Grafana dashboard') : 'No Grafana configured. ',
      grafanaUrl ? ' · ' : '',
      el('a', {href: 'actuator/health'}, 'health'), ' · ', el('a', {href: 'actuator/prometheus'}, 'metrics'),
      ' · ', el('a', {href: 'v3/api-docs'}, 'API description'));
}

function card(label, value, description, extraClass) {
  return el('div', {class: `card ${extraClass ?? ''}`, title: description},
      el('div', {class: 'value'}, String(value)), el('div', {class: 'label'}, label));
}

function rate() {
  if (samples.length < 2) return null;
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (first.stored === null || last.stored === null || last.at === first.at) return null;
  return ((last.stored - first.stored) * 60_000 / (last.at - first.at)).toFixed(1);
}

/** Values of a Prometheus text exposition's series with that name whose labels include the given ones. */
function series(metrics, name, labels = {}) {
  const values = [];
  for (const line of (metrics ?? '').split('\n')) {
    if (!line.startsWith(name + '{') && !line.startsWith(name + ' ')) continue;
    const match = /^([^{ ]+)(\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(m => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) values.push(Number(match[4]));
  }
  return values.filter(value => Number.isFinite(value));
}

function sum(metrics, name, labels) {
  const values = series(metrics, name, labels);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

function max(metrics, name) {
  const values = series(metrics, name);
  return values.length ? Math.max(...values) : null;
}
