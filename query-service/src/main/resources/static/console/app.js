// The console's entry point: settings, tokens and the sections, chosen by the part of the URL after '#'.

import {loadSettings, tokens} from './api.js';
import {showDocument} from './document.js';
import {showOverview} from './overview.js';
import {initSearch, showSearch} from './search.js';
import {initUpload, refreshFailures} from './upload.js';

const SECTIONS = ['upload', 'search', 'document', 'overview'];
const REFRESH_MS = 5000;
let refresher = null;

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

/** #/search?q=…, #/documents/{id}?p=12, #/upload, #/overview; anything else is the search page. */
function route() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  clearInterval(refresher);
  if (parts[0] === 'documents' && parts[1]) {
    show('document', 'search');
    showDocument(decodeURIComponent(parts[1]), params);
  } else if (parts[0] === 'upload') {
    show('upload', 'upload');
    refreshFailures();
    refresher = setInterval(refreshFailures, REFRESH_MS);
  } else if (parts[0] === 'overview') {
    show('overview', 'overview');
    showOverview();
    refresher = setInterval(showOverview, REFRESH_MS);
  } else if (parts[0] === 'search' || parts.length === 0) {
    show('search', 'search');
    window.scrollTo(0, 0);
    showSearch(params);
  } else {
    navigate('#/search');
  }
}

function show(section, navItem) {
  for (const name of SECTIONS) document.getElementById(name).hidden = name !== section;
  for (const link of document.querySelectorAll('nav a[data-section]')) {
    if (link.dataset.section === navItem) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const heading = document.querySelector(`#${section} h2`);
  document.title = `${heading?.textContent || section} · docpipe console`;
}

function initTokens(settings) {
  const ingest = document.getElementById('ingest-token');
  const readToken = document.getElementById('read-token');
  const readField = document.getElementById('read-token-field');
  ingest.value = tokens.ingest();
  readToken.value = tokens.read();
  ingest.addEventListener('input', () => tokens.setIngest(ingest.value.trim()));
  readToken.addEventListener('change', () => {
    tokens.setRead(readToken.value.trim());
    route();
  });
  document.getElementById('token-form').addEventListener('submit', event => event.preventDefault());
  const askForReadToken = () => {
    readField.hidden = false;
  };
  if (settings.readTokenRequired) askForReadToken();
  document.addEventListener('docpipe:read-token-needed', askForReadToken);
}

async function start() {
  const settings = await loadSettings();
  initTokens(settings);
  initUpload();
  initSearch(navigate);
  window.addEventListener('hashchange', route);
  route();
}

start().catch(error => {
  const box = document.getElementById('console-error');
  box.textContent = `The console could not start: ${error.message}`;
  box.hidden = false;
});
