// The PohAnalytics API: views for the data pages, datasets, and the staff-only upload endpoints.
const keyStorage = "pohanalytics.functionKey";

/** The API origin from config.js ("" = same origin). */
export const apiBase = () => String(window.POH_CONFIG?.apiBase ?? "").replace(/\/+$/, "");

/** An API failure with the HTTP status (0 when the API could not be reached) and a readable message. */
export class ApiError extends Error {
  constructor(status, message, url) {
    super(message);
    this.status = status;
    this.url = url;
  }
}

/** The staff function key for this browser session. */
export const functionKey = () => sessionStorage.getItem(keyStorage) || "";
export function setFunctionKey(key) {
  if (key) sessionStorage.setItem(keyStorage, key);
  else sessionStorage.removeItem(keyStorage);
}

async function problemMessage(response) {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text);
    return [body.title, body.detail].filter(Boolean).join(": ") || response.statusText;
  } catch {
    return text.trim().slice(0, 300) || response.statusText || `HTTP ${response.status}`;
  }
}

/** GETs JSON from the API; throws ApiError on a network failure or a non-2xx status. */
export async function getJson(path, { key = false } = {}) {
  const url = apiBase() + path;
  const headers = { Accept: "application/json" };
  if (key && functionKey()) headers["x-functions-key"] = functionKey();
  let response;
  try {
    response = await fetch(url, { headers });
  } catch (error) {
    throw new ApiError(0, error.message || "network error", url);
  }
  if (!response.ok) throw new ApiError(response.status, await problemMessage(response), url);
  return response.json();
}

/** The query string of the filters that are set, in a stable order. */
export function filterQuery(filters) {
  const params = new URLSearchParams();
  for (const [id, value] of Object.entries(filters)) if (value) params.set(id, value);
  return params.toString();
}

/**
 * A data page's view: the published snapshot when no filter is set (falling back to the API when the snapshot is
 * missing), the filtered API view otherwise.
 */
export async function loadView(page, filters) {
  const query = filterQuery(filters);
  const api = () => getJson(`/api/views/${encodeURIComponent(page)}${query ? "?" + query : ""}`);
  if (query) return api();
  try {
    return await getJson(`/api/published/views/${encodeURIComponent(page)}.json`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return api();
    throw error;
  }
}

export const listDatasets = () => getJson("/api/datasets");
/** The published manifest (anonymous): the publication version and when it was refreshed. */
export const getManifest = () => getJson("/api/published/manifest.json");
export const listIngestions = () => getJson("/api/uploads", { key: true });
export const getIngestion = (statusUrl) => getJson(statusUrl, { key: true });

/**
 * Uploads a file with its dataset metadata through XMLHttpRequest (for upload progress).
 * Resolves { status, body }; rejects with ApiError.
 */
export function upload(file, fields, onProgress) {
  return new Promise((resolve, reject) => {
    const url = apiBase() + "/api/uploads";
    const form = new FormData();
    form.append("file", file, file.name);
    for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("x-functions-key", functionKey());
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onerror = () => reject(new ApiError(0, "network error", url));
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status >= 200 && xhr.status < 300) return resolve({ status: xhr.status, body });
      const message = body ? [body.title, body.detail].filter(Boolean).join(": ") : xhr.statusText;
      reject(new ApiError(xhr.status, message || `HTTP ${xhr.status}`, url));
    };
    xhr.send(form);
  });
}

/** POSTs JSON (or nothing) with the function key; resolves { status, body }, throws ApiError on a non-2xx status. */
export async function postJson(path, body) {
  const url = apiBase() + path;
  const headers = { Accept: "application/json", "x-functions-key": functionKey() };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(url, { method: "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new ApiError(0, error.message || "network error", url);
  }
  if (!response.ok) throw new ApiError(response.status, await problemMessage(response), url);
  return { status: response.status, body: await response.json() };
}

export const getMapping = (id) => getJson(`/api/uploads/${encodeURIComponent(id)}/mapping`, { key: true });
export const getCodebook = () => getJson("/api/codebook", { key: true });
export const listCodebookVersions = () => getJson("/api/codebook/versions", { key: true });
export const addAliases = (aliases, reason) =>
  postJson(`/api/codebook/aliases${reason ? "?reason=" + encodeURIComponent(reason) : ""}`, aliases);
export const reprocessIngestion = (id) => postJson(`/api/uploads/${encodeURIComponent(id)}/reprocess`);
export const publishIngestion = (id) => postJson(`/api/uploads/${encodeURIComponent(id)}/publish`);
export const restoreCodebook = (revision) => postJson(`/api/codebook/versions/${encodeURIComponent(revision)}/restore`);
