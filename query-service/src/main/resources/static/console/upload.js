// Upload and follow: every file dropped or chosen is sent to ingest-service at once, its answer shown, and its
// stage followed on query-service until it is STORED or FAILED.

import {read, reprocess, upload} from './api.js';
import {el, formatTime, replace} from './dom.js';

const STAGES = ['RECEIVED', 'PARSED', 'ENRICHED', 'STORED'];
const POLL_MS = 1000;

const followed = new Map(); // document id -> the rows showing it

export function initUpload() {
  const input = document.getElementById('files');
  const zone = document.getElementById('dropzone');
  input.addEventListener('change', () => {
    sendAll([...input.files]);
    input.value = '';
  });
  zone.addEventListener('dragover', event => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', event => {
    event.preventDefault();
    zone.classList.remove('over');
    sendAll([...event.dataTransfer.files]);
  });
}

function sendAll(files) {
  for (const file of files) send(file);
}

async function send(file) {
  const row = newRow(file.name);
  const result = await upload(file);
  if (result.status === 202 || result.status === 200) {
    const id = result.body.id;
    row.answer.replaceChildren(el('span', {class: 'answer ok'},
        result.status === 202 ? 'accepted (202)' : 'duplicate (200): already received'));
    row.tr.dataset.documentId = id;
    replace(row.link, el('a', {href: `#/documents/${encodeURIComponent(id)}`}, id));
    follow(id, row);
  } else {
    row.tr.dataset.stage = 'REFUSED';
    row.answer.replaceChildren(el('span', {class: 'answer refused'},
        `refused (${result.status || 'no answer'}): ${result.detail}`));
    replace(row.stage, '—');
  }
}

function newRow(fileName) {
  const answer = el('td', {class: 'answer-cell'}, 'sending…');
  const stage = el('td', {class: 'stage-cell', 'aria-live': 'polite'});
  const link = el('td');
  const tr = el('tr', {'data-file': fileName}, el('td', {dir: 'auto'}, fileName), answer, stage, link);
  document.getElementById('upload-rows').prepend(tr);
  return {tr, answer, stage, link};
}

function follow(id, row) {
  const rows = followed.get(id) ?? [];
  rows.push(row);
  followed.set(id, rows);
  if (rows.length === 1) poll(id);
}

async function poll(id) {
  const result = await read(`/api/documents/${encodeURIComponent(id)}`);
  // Right after the 202, query-service may not have seen the document's first status yet.
  const status = result.status === 404 ? {stage: 'RECEIVED', waiting: true}
      : result.ok ? result.body.status ?? {stage: 'RECEIVED', waiting: true} : null;
  const symbol = result.ok ? result.body.metadata?.symbol : null;
  for (const row of followed.get(id) ?? []) {
    if (status) showStage(row, id, status);
    if (symbol) replace(row.link, el('a', {href: `#/documents/${encodeURIComponent(id)}`, title: id}, symbol));
  }
  if (status && (status.stage === 'STORED' || status.stage === 'FAILED')) {
    followed.delete(id);
    if (status.stage === 'FAILED') refreshFailures();
    return;
  }
  setTimeout(() => poll(id), POLL_MS);
}

function showStage(row, id, status) {
  row.tr.dataset.stage = status.stage;
  if (status.stage === 'FAILED') {
    replace(row.stage, el('span', {class: 'stage failed'}, `FAILED before ${status.failedStage ?? '?'}`),
        el('div', {class: 'reason', dir: 'auto'}, status.error ?? ''),
        reprocessButton(id, row, row.tr.dataset.file));
    return;
  }
  const reached = STAGES.indexOf(status.stage);
  replace(row.stage, el('ol', {class: 'steps', 'aria-label': `stage ${status.stage}`},
      STAGES.map((stage, i) => el('li', {class: i < reached ? 'done' : i === reached ? 'current' : 'todo'},
          i === reached && status.waiting ? `${stage} (waiting)` : stage))));
}

function reprocessButton(id, row, name) {
  const button = el('button', {
    type: 'button', class: 'reprocess', 'data-document-id': id, 'aria-label': `Reprocess ${name ?? id}`,
    onclick: async () => {
      button.disabled = true;
      const result = await reprocess(id);
      // said in one place that outlives the row's stage and the failure list, both redrawn as the stage moves on
      const status = document.getElementById('reprocess-status');
      status.classList.toggle('error', result.status !== 202);
      if (result.status === 202) {
        status.textContent = `Reprocess of ${name ?? id} accepted (202): it goes through the pipeline again.`;
        if (row) follow(id, row);
        refreshFailures();
      } else {
        status.textContent = `Reprocess of ${name ?? id} refused (${result.status || 'no answer'}): ${result.detail}`;
        button.disabled = false;
      }
    },
  }, 'Reprocess');
  return button;
}

export async function refreshFailures() {
  const list = document.getElementById('failures');
  const result = await read('/api/failures', {size: 20});
  if (!result.ok) {
    replace(list, el('li', {class: 'error'}, result.detail));
    return;
  }
  const items = result.body.items ?? result.body;
  if (!items.length) {
    replace(list, el('li', {class: 'none'}, 'No failures.'));
    return;
  }
  replace(list, items.map(failure => el('li', {'data-document-id': failure.id},
      el('a', {href: `#/documents/${encodeURIComponent(failure.id)}`, dir: 'auto'}, failure.fileName ?? failure.id),
      ` failed before ${failure.failedStage ?? '?'} at ${formatTime(failure.failedAt)}: `,
      el('span', {class: 'reason', dir: 'auto'}, failure.error ?? ''), ' ',
      reprocessButton(failure.id, rowOf(failure.id), failure.fileName))));
}

function rowOf(id) {
  const tr = document.querySelector(`#upload-rows tr[data-document-id="${CSS.escape(id)}"]`);
  return tr ? {tr, answer: tr.children[1], stage: tr.children[2], link: tr.children[3]} : null;
}
