// Mapping of an upload's unknown values and headers (Upload page): each unknown value with its suggestions; staff accept
// a suggestion, pick another category, or leave it rejected, and reprocess the stored file in one click.
import { h, errorPanel } from "../dom.js";
import { t, pick } from "../i18n.js";
import { addAliases, getCodebook, getMapping, reprocessIngestion } from "../api.js";

const leave = "";
const label = pick;
const score = (s) => `${Math.round(s.score * 100)}%`;

function valueChoice(value, variable, index) {
  const id = `map-value-${index}`;
  const suggested = new Set(value.suggestions.map((s) => s.category));
  const options = [
    ...value.suggestions.map((s) => h("option", { value: s.category }, `${label(s.label)} (${s.category}, ${score(s)})`)),
    h("option", { value: leave }, t("mapping.leave")),
    ...(variable?.categories ?? []).filter((c) => !suggested.has(c.code))
      .map((c) => h("option", { value: c.code }, `${label(c.label)} (${c.code})`)),
  ];
  const select = h("select",
    { id, "data-variable": value.variable, "data-alias": value.value ?? "", "aria-label": `${t("mapping.category")}: ${value.value ?? ""}` },
    options);
  return h("tr", { "data-unknown-value": value.value ?? "" },
    h("td", {}, value.column), h("td", {}, h("strong", {}, value.value ?? "")),
    h("td", { class: "num" }, String(value.rows)), h("td", {}, value.firstRows.join(", ")),
    h("td", {}, select));
}

function headerChoice(header, variables, index) {
  const id = `map-header-${index}`;
  const suggested = new Set(header.suggestions.map((s) => s.variable));
  const options = [
    ...header.suggestions.map((s) => h("option", { value: s.variable }, `${label(s.label)} (${s.variable}, ${score(s)})`)),
    h("option", { value: leave }, t("mapping.leaveHeader")),
    ...variables.filter((v) => !suggested.has(v.id)).map((v) => h("option", { value: v.id }, `${label(v.label)} (${v.id})`)),
  ];
  const select = h("select", { id, "data-header": header.header, "aria-label": `${t("mapping.variable")}: ${header.header}` }, options);
  return h("tr", { "data-unknown-header": header.header },
    h("td", {}, h("strong", {}, header.header)),
    h("td", {}, select));
}

/**
 * The mapping panel of an ingestion, or null when nothing is unknown. onReprocessed(body) gets the reprocess answer
 * (with statusUrl) so the page can follow the new ingestion.
 */
export async function mappingPanel(ingestion, onReprocessed) {
  const [review, current] = await Promise.all([getMapping(ingestion.id), getCodebook()]);
  const values = review.values.filter((v) => !v.mappedTo);
  const headers = review.headers.filter((x) => !x.mappedTo);
  if (!values.length && !headers.length && review.currentRevision === review.codebookRevision) return null;
  const variables = current.codebook.variables;
  const byId = Object.fromEntries(variables.map((v) => [v.id, v]));
  const message = h("div", { "aria-live": "polite", class: "mapping-message" });
  const button = h("button", { type: "button", class: "btn btn-primary", id: "mapping-apply" }, t("mapping.apply"));
  const panel = h("div", { class: "mapping", "data-mapping": ingestion.id },
    h("h3", {}, t("mapping.title")),
    h("p", { class: "muted" }, t("mapping.intro")),
    values.length ? h("table", { class: "data-table mapping-values" },
      h("thead", {}, h("tr", {}, [t("col.column"), t("col.value"), t("mapping.rows"), t("mapping.firstRows"), t("mapping.category")]
        .map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, values.map((v, i) => valueChoice(v, byId[v.variable], i)))) : null,
    headers.length ? h("table", { class: "data-table mapping-headers" },
      h("thead", {}, h("tr", {}, [t("col.column"), t("mapping.variable")].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, headers.map((x, i) => headerChoice(x, variables, i)))) : null,
    h("div", { class: "inline" }, button), message);

  button.addEventListener("click", async () => {
    button.disabled = true;
    message.replaceChildren(h("p", { role: "status" }, t("mapping.applying")));
    try {
      const aliases = [
        ...[...panel.querySelectorAll("select[data-alias]")].filter((s) => s.value !== leave)
          .map((s) => ({ variable: s.dataset.variable, category: s.value, alias: s.dataset.alias })),
        ...[...panel.querySelectorAll("select[data-header]")].filter((s) => s.value !== leave)
          .map((s) => ({ variable: s.value, header: s.dataset.header })),
      ];
      if (aliases.length) await addAliases(aliases, `mapping of ${ingestion.fileName}`);
      const { body } = await reprocessIngestion(ingestion.id);
      onReprocessed(body);
    } catch (error) {
      message.replaceChildren(errorPanel(error, { title: t("mapping.refused") }));
      button.disabled = false;
    }
  });
  return panel;
}
