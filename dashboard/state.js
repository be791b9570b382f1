// All view state lives in the URL hash, so every view can be bookmarked and shared:
//   #/<page>?lang=en&wave=2018&employment=loondienst&sel=<ingestion id>
// Filters not set are absent; Dutch is the default language and is not written.

export const pages = ["overview", "representativeness", "explore", "norms", "trends", "open-answers", "data", "upload"];
export const dataPages = pages.slice(0, 6);
/** The filters the view API understands, in slicer order. */
export const filterIds = ["dataset", "wave", "respondentType", "employment", "region", "experience", "variable", "benchmark", "weighted"];

/** Parses a location hash into { page, lang, filters, sel }. */
export function parse(hash) {
  const raw = (hash || "").replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?");
  const params = new URLSearchParams(query);
  const page = pages.includes(path) ? path : "overview";
  const filters = {};
  for (const id of filterIds) {
    const value = params.get(id);
    if (value !== null && value !== "") filters[id] = value;
  }
  return { page, lang: params.get("lang") === "en" ? "en" : "nl", filters, sel: params.get("sel") || "" };
}

/** Serialises a state into a location hash. */
export function format(state) {
  const params = new URLSearchParams();
  if (state.lang === "en") params.set("lang", "en");
  for (const id of filterIds) if (state.filters?.[id]) params.set(id, state.filters[id]);
  if (state.sel) params.set("sel", state.sel);
  const query = params.toString();
  return `#/${state.page}${query ? "?" + query : ""}`;
}

/** The current state from the address bar. */
export const current = () => parse(location.hash);

/** A link to another page keeping language and filters (the selection belongs to one page). */
export const linkTo = (page, state = current()) => format({ ...state, page, sel: "" });

/** Navigates to a changed state; the router re-renders. With replace, no history entry is added. */
export function update(changes, { replace = false } = {}) {
  const next = { ...current(), ...changes };
  const hash = format(next);
  if (hash === location.hash) return;
  if (replace) {
    history.replaceState(null, "", hash);
    dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    location.hash = hash;
  }
}

/** Records a state in the address bar without re-rendering (for state the page already shows). */
export function record(changes) {
  const main = document.getElementById("main");
  const shown = main?.dataset.rendered === location.hash;
  history.replaceState(null, "", format({ ...current(), ...changes }));
  if (shown) main.dataset.rendered = location.hash;
}

/** Sets (or with an empty value clears) one filter. */
export function setFilter(id, value) {
  const filters = { ...current().filters };
  if (value === "" || value == null) delete filters[id];
  else filters[id] = String(value);
  update({ filters });
}
