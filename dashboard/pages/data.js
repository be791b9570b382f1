// Data page: the registered datasets (public) and, for staff with the key, the recent ingestions with their reports.
import { h, card, errorPanel, formatDate, formatValue, table } from "../dom.js";
import { t, tValue } from "../i18n.js";
import { ApiError, functionKey, listCodebookVersions, listDatasets, listIngestions, restoreCodebook, setFunctionKey } from "../api.js";
import { record } from "../state.js";
import { keyForm } from "./key.js";
import { ingestionResult, statusBadge } from "./report.js";

async function datasetsSection(signal) {
  const section = card(t("datasets"));
  section.id = "datasets";
  try {
    const datasets = await listDatasets();
    if (signal.aborted) return section;
    section.append(datasets.length === 0 ? h("p", { class: "muted" }, t("noDatasets")) : table(
      [{ label: t("col.name") }, { label: t("col.kind") }, { label: t("col.respondentType") }, { label: t("col.wave") },
        { label: t("col.version"), numeric: true }, { label: t("col.rows"), numeric: true }, { label: t("col.updated") }],
      datasets.map((d) => [d.name, tValue("kind", d.kind), tValue("respondent", d.respondentType), d.wave ?? "–",
        formatValue(d.currentVersion, "integer"), formatValue(d.rows, "integer"), formatDate(d.updatedAt)])));
  } catch (error) {
    section.append(errorPanel(error));
  }
  return section;
}

function ingestionRow(ingestion, selected) {
  const details = h("details", { class: "ingestion", open: ingestion.id === selected, "data-ingestion-id": ingestion.id,
    ontoggle: (e) => { if (e.target.open) record({ sel: ingestion.id }); else if (ingestion.id === selected) record({ sel: "" }); } },
  h("summary", {},
    h("span", { class: "ingestion-file" }, ingestion.fileName),
    h("span", { class: "ingestion-dataset" }, ingestion.datasetName),
    statusBadge(ingestion.status),
    h("span", { class: "ingestion-counts" }, ingestion.report
      ? `${t("col.accepted")} ${formatValue(ingestion.report.rowsAccepted, "integer")} · ${t("col.rejected")} ${formatValue(ingestion.report.rowsRejected, "integer")}`
      : ""),
    h("span", { class: "muted" }, formatDate(ingestion.createdAt))),
  ingestionResult(ingestion));
  return details;
}

async function ingestionsSection(state, signal, refresh) {
  const section = card(t("ingestions"), keyForm(refresh));
  section.id = "ingestions";
  if (!functionKey()) {
    section.append(h("p", { class: "muted" }, t("ingestionsNeedKey")));
    return section;
  }
  try {
    const ingestions = await listIngestions();
    if (signal.aborted) return section;
    section.append(ingestions.length === 0 ? h("p", { class: "muted" }, t("noIngestions"))
      : h("div", { class: "ingestion-list" }, ingestions.map((i) => ingestionRow(i, state.sel))));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) setFunctionKey("");
    section.append(errorPanel(error, error.status === 401 ? { title: t("keyRejected") } : {}));
  }
  return section;
}

/** Staff: the codebook versions (who, when, why, what) with a restore button each. */
async function codebookSection(signal, refresh) {
  const section = card(t("codebookVersions"));
  section.id = "codebook-versions";
  if (!functionKey()) return null;
  try {
    const versions = await listCodebookVersions();
    if (signal.aborted) return section;
    const latest = Math.max(...versions.map((v) => v.revision));
    const restore = (revision) => {
      const button = h("button", { type: "button", class: "btn btn-secondary", "data-restore": revision }, t("restore"));
      button.addEventListener("click", async () => {
        button.disabled = true;
        try { await restoreCodebook(revision); await refresh(); } catch (error) { button.replaceWith(errorPanel(error)); }
      });
      return button;
    };
    section.append(table(
      [{ label: t("col.version"), numeric: true }, { label: t("col.author") }, { label: t("col.updated") }, { label: t("col.reason") },
        { label: t("col.changes") }, { label: "" }],
      [...versions].reverse().map((v) => [String(v.revision), v.author, formatDate(v.createdAt), v.reason ?? "",
        (v.changes ?? []).join("; "), v.revision === latest ? "" : restore(v.revision)]),
      { className: "data-table codebook-versions" }));
  } catch (error) {
    section.append(errorPanel(error));
  }
  return section;
}

export async function render(container, state, signal) {
  const draw = async () => {
    const [datasets, ingestions, codebook] = await Promise.all(
      [datasetsSection(signal), ingestionsSection(state, signal, draw), codebookSection(signal, () => draw())]);
    if (signal.aborted) return;
    const hadFocus = container.contains(document.activeElement);
    container.replaceChildren(datasets, ingestions, ...(codebook ? [codebook] : []));
    if (hadFocus) document.getElementById("function-key")?.focus();
  };
  await draw();
}
