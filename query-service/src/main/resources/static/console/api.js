// The console's calls: reads go to this same origin (query-service), writes to the ingest service across origins.

const INGEST_TOKEN = 'docpipe.ingestToken';
const READ_TOKEN = 'docpipe.readToken';

let settings = {ingestUrl: 'http://localhost:8081', grafanaUrl: '', readTokenRequired: false};

export async function loadSettings() {
  const response = await fetch('console/config.json', {headers: {Accept: 'application/json'}});
  if (response.ok) settings = {...settings, ...(await response.json())};
  return settings;
}

export function currentSettings() {
  return settings;
}

// The tokens live in sessionStorage: gone when the tab closes, never written to a cookie or to localStorage.
export const tokens = {
  ingest: () => sessionStorage.getItem(INGEST_TOKEN) ?? '',
  read: () => sessionStorage.getItem(READ_TOKEN) ?? '',
  setIngest: value => value ? sessionStorage.setItem(INGEST_TOKEN, value) : sessionStorage.removeItem(INGEST_TOKEN),
  setRead: value => value ? sessionStorage.setItem(READ_TOKEN, value) : sessionStorage.removeItem(READ_TOKEN),
};

/** An answer of the API: the HTTP status, the JSON body (or null) and, for an error, the problem's detail. */
export class Answer {
  constructor(status, body) {
    this.status = status;
    this.body = body;
  }

  get ok() {
    return this.status >= 200 && this.status < 300;
  }

  get detail() {
    return this.body?.detail ?? this.body?.title ?? `HTTP ${this.status}`;
  }
}

async function answer(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = {detail: text.slice(0, 300)};
  }
  return new Answer(response.status, body);
}

/** Builds a same-origin API path with its query string, leaving out empty values. */
export function apiPath(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of [value].flat()) {
      if (item !== undefined && item !== null && item !== '') query.append(name, item);
    }
  }
  const string = query.toString();
  return string ? `${path}?${string}` : path;
}

function readHeaders() {
  const headers = {Accept: 'application/json'};
  if (tokens.read()) headers.Authorization = `Bearer ${tokens.read()}`;
  return headers;
}

export async function read(path, params = {}) {
  try {
    const result = await answer(await fetch(apiPath(path, params), {headers: readHeaders()}));
    if (result.status === 401) document.dispatchEvent(new CustomEvent('docpipe:read-token-needed'));
    return result;
  } catch (error) {
    return new Answer(0, {detail: `query-service cannot be reached (${error.message})`});
  }
}

/** Health and metrics answer outside /api and without a token. */
export async function text(path) {
  try {
    const response = await fetch(path);
    return response.ok ? await response.text() : '';
  } catch {
    return '';
  }
}

async function write(path, body) {
  const token = tokens.ingest();
  if (!token) return new Answer(401, {detail: 'Type the ingest token at the top of the page first.'});
  try {
    return await answer(await fetch(settings.ingestUrl + path, {
      method: 'POST',
      headers: {Accept: 'application/json', Authorization: `Bearer ${token}`},
      body,
      mode: 'cors',
    }));
  } catch (error) {
    return new Answer(0, {detail: `ingest-service at ${settings.ingestUrl} cannot be reached from this page `
        + `(is it running, and does it allow this origin, ${location.origin}? See docs/console.md)`});
  }
}

export function upload(file) {
  const form = new FormData();
  form.append('file', file, file.name);
  return write('/api/documents', form);
}

export function reprocess(id) {
  return write(`/api/documents/${encodeURIComponent(id)}/reprocess`, null);
}

/**
 * A download of an export. Without a read token a plain link is enough; with one, the file is fetched with the
 * header and handed to the browser as a blob.
 */
export async function download(path, fileName) {
  const response = await fetch(path, {headers: tokens.read() ? {Authorization: `Bearer ${tokens.read()}`} : {}});
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
