// Small DOM helpers shared by the pages: element creation, tables, number and date formatting.
import { locale, t } from "./i18n.js";

/** Creates an element: h("button", { class: "x", onclick: fn, "aria-label": "…" }, "text", child, [more]). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") el.addEventListener(name.slice(2), value);
    else if (name === "class") el.className = value;
    else if (name in el && typeof value !== "string") el[name] = value;
    else el.setAttribute(name, value === true ? "" : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Formats a KPI or table value; a suppressed cell ("<5") and other strings are shown as they are. */
export function formatValue(value, format) {
  if (value == null || value === "") return "–";
  if (typeof value !== "number") return String(value);
  const options = format === "percent" ? { style: "percent", maximumFractionDigits: 1 }
    : format === "integer" ? { maximumFractionDigits: 0 }
    : format === "decimal" ? { minimumFractionDigits: 1, maximumFractionDigits: 2 }
    : { maximumFractionDigits: 2 };
  return new Intl.NumberFormat(locale(), options).format(value);
}

/** Formats an ISO date-time for people. */
export function formatDate(iso) {
  if (!iso) return "–";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso)
    : new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** A cell: suppressed values get an explanation for mouse and screen-reader users. */
export function cell(value, format) {
  const text = formatValue(value, format);
  return value === "<5" ? h("abbr", { title: t("suppressed") }, text) : text;
}

/** A data table; columns are { label, numeric? }, rows are arrays of cell contents (text or nodes). */
export function table(columns, rows, { caption, className = "data-table" } = {}) {
  return h("div", { class: "table-wrap" },
    h("table", { class: className },
      caption ? h("caption", {}, caption) : null,
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col", class: c.numeric ? "num" : null }, c.label)))),
      h("tbody", {}, rows.map((row) => h("tr", {}, row.map((v, i) => h("td", { class: columns[i]?.numeric ? "num" : null }, v)))))));
}

/** A section card with a heading. */
export const card = (title, ...children) => h("section", { class: "card" }, h("h2", { class: "card-title" }, title), ...children);

/** A readable error panel (role=alert) with the HTTP status and message, and optionally a retry button. */
export function errorPanel(error, { title, body, onRetry } = {}) {
  const status = error?.status;
  return h("div", { class: "panel panel-error", role: "alert" },
    h("h2", {}, title || (status === 404 ? t("noDataTitle") : t("errorTitle"))),
    body ? h("p", {}, body) : status === 404 ? h("p", {}, t("noDataBody")) : null,
    h("p", { class: "error-detail" },
      status ? `HTTP ${status}` : t("networkError"),
      error?.message ? ` — ${error.message}` : ""),
    onRetry ? h("button", { type: "button", class: "btn", onclick: onRetry }, t("retry")) : null);
}
