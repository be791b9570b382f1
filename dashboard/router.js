// Hash routing: renders the page named in the URL into <main>, keeping nav, language and focus in step.
import { h } from "./dom.js";
import { setLanguage, t } from "./i18n.js";
import { current, dataPages, linkTo, pages } from "./state.js";
import { purgeCharts } from "./render.js";
import { ApiError, getManifest } from "./api.js";
import { formatDate } from "./dom.js";
import * as viewPage from "./pages/view.js";
import * as dataPage from "./pages/data.js";
import * as uploadPage from "./pages/upload.js";

const renderers = Object.fromEntries(pages.map((p) => [p, dataPages.includes(p) ? viewPage : null]));
renderers.data = dataPage;
renderers.upload = uploadPage;

let controller = null;
let lastPage = null;

function renderChrome(state) {
  document.documentElement.lang = state.lang;
  document.title = `${t(`page.${state.page}`)} · ${t("appTitle")}`;
  document.getElementById("brand-title").textContent = t("appTitle");
  document.getElementById("skip-link").textContent = t("skipToContent");
  const nav = document.getElementById("sidenav");
  nav.setAttribute("aria-label", t("navLabel"));
  nav.replaceChildren(h("ul", {}, pages.map((p) => h("li", {},
    h("a", { href: linkTo(p, state), id: `nav-${p}`, "data-page": p, class: p === state.page ? "active" : null, "aria-current": p === state.page ? "page" : null },
      h("span", { class: `nav-icon nav-icon-${p}`, "aria-hidden": "true" }), t(`page.${p}`))))));
  // On narrow screens the nav scrolls sideways: keep the current page's link in view.
  const active = nav.querySelector("a.active");
  if (active && nav.scrollWidth > nav.clientWidth) nav.scrollLeft = active.offsetLeft - 16;
  const toggle = document.getElementById("lang-toggle");
  toggle.setAttribute("aria-label", t("languageLabel"));
  for (const button of toggle.querySelectorAll("button")) {
    const on = button.dataset.lang === state.lang;
    button.setAttribute("aria-pressed", String(on));
    // The tooltip is in the language the button switches to.
    button.setAttribute("title", on ? "" : t("switchTo", button.dataset.lang));
  }
}

/** "Copy link": puts the URL of this page with its selection on the clipboard and says so where everyone sees it. */
function copyLinkTool() {
  const status = h("span", { class: "copy-status", role: "status", id: "copy-status" });
  const button = h("button", { type: "button", id: "copy-link", class: "btn btn-secondary btn-small", title: t("copyLinkLabel"),
    "aria-label": t("copyLinkLabel"), onclick: async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        status.textContent = t("linkCopied");
      } catch {
        status.textContent = t("linkNotCopied");
      }
    } }, t("copyLink"));
  return h("div", { class: "page-tools" }, button, status);
}

/** The publication version and its refresh time, on every page (filled in when the manifest arrives). */
function publicationLine(signal) {
  const line = h("p", { class: "publication", id: "publication", "aria-live": "polite" });
  getManifest().then((manifest) => {
    if (signal.aborted) return;
    line.textContent = `${t("publication")} v${manifest.version} · ${t("publishedAt")} ${formatDate(manifest.publishedAt)}`;
    line.dataset.version = String(manifest.version);
  }, (error) => {
    if (signal.aborted) return;
    line.textContent = error instanceof ApiError && error.status === 404 ? t("notPublished") : `${t("publication")}: —`;
  });
  return line;
}

/** Renders the current URL state. Earlier renders still loading are aborted. */
export async function route() {
  const hash = location.hash;
  const state = current();
  setLanguage(state.lang);
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  const focusedId = document.activeElement?.id;
  const pageChanged = lastPage !== state.page;
  lastPage = state.page;

  renderChrome(state);
  const restoreFocus = () => {
    if (!signal.aborted && focusedId && document.activeElement === document.body) document.getElementById(focusedId)?.focus();
  };
  const main = document.getElementById("main");
  purgeCharts(main);
  const body = h("div", { class: "page-body" });
  main.replaceChildren(
    h("header", { class: "page-header" },
      h("div", { class: "page-heading" },
        h("h1", { id: "page-title" }, t(`page.${state.page}`)),
        h("p", { class: "page-intro" }, t(`intro.${state.page}`))),
      copyLinkTool(),
      publicationLine(signal)),
    body);
  main.dataset.page = state.page;
  delete main.dataset.rendered;
  if (pageChanged) window.scrollTo(0, 0);
  // A re-render replaces the controls: give focus back to the one the user was on (a nav link, a slicer).
  restoreFocus();
  try {
    await renderers[state.page].render(body, state, signal);
  } finally {
    restoreFocus();
    // Marks which URL the page shows once its data is in (tests and tools wait for this).
    if (!signal.aborted) main.dataset.rendered = hash;
  }
}
