// Ingestion status badges and validation reports (Upload and Data pages).
import { h, formatValue, table } from "../dom.js";
import { t, tValue, pick } from "../i18n.js";

/** A coloured status badge (colour plus text, never colour alone). */
export const statusBadge = (status) => h("span", { class: `badge badge-${status}`, "data-status": status }, tValue("status", status));

function columnList(title, columns, kind) {
  return h("div", { class: "column-list", "data-columns": kind },
    h("h4", {}, title),
    columns?.length
      ? h("ul", {}, columns.map((c) => h("li", {}, h("strong", {}, c.header), c.detail ? ` — ${c.detail}` : "")))
      : h("p", { class: "muted" }, t("none")));
}

/** Cell errors grouped per column, reason and value, with the best suggestion of an unknown value. */
function groupsView(groups) {
  if (!groups?.length) return null;
  const best = (g) => (g.suggestions?.length ? `${pick(g.suggestions[0].label)} (${Math.round(g.suggestions[0].score * 100)}%)` : "");
  return [h("h4", {}, t("errorGroups")),
    table([{ label: t("col.column") }, { label: t("col.value") }, { label: t("col.reason") }, { label: t("col.rows"), numeric: true },
      { label: t("col.firstRows") }, { label: t("col.suggestion") }],
    groups.map((g) => [g.column, g.value ?? "", g.reason, String(g.rows), g.firstRows.join(", "), best(g)]),
    { className: "data-table error-groups" })];
}

/** The validation report: counts, the first cell errors, unmapped and dropped columns. */
export function reportView(report) {
  if (!report) return null;
  const stat = (key, value, cls) => h("div", { class: `stat ${cls || ""}`, "data-stat": key },
    h("div", { class: "stat-value" }, formatValue(value ?? 0, "integer")), h("div", { class: "stat-label" }, t(key)));
  const errors = report.firstErrors ?? [];
  return h("div", { class: "report", "data-report": "" },
    h("div", { class: "stats" },
      stat("rowsRead", report.rowsRead),
      stat("rowsAccepted", report.rowsAccepted, "good"),
      stat("rowsRejected", report.rowsRejected, report.rowsRejected ? "bad" : ""),
      stat("errorCount", report.errorCount, report.errorCount ? "bad" : "")),
    groupsView(report.errorGroups),
    // Per cell only when there are few; the grouped table above says what to do, the rejects file has every cell.
    h("h4", {}, t("firstErrors")),
    errors.length > 10 && report.errorGroups?.length
      ? h("p", { class: "muted first-errors-note" }, t("perCellInRejects"))
      : errors.length
        ? table([{ label: t("col.row"), numeric: true }, { label: t("col.column") }, { label: t("col.value") }, { label: t("col.reason") }],
          errors.map((e) => [String(e.rowNumber), e.column, e.value ?? "", e.reason]), { className: "data-table errors" })
        : h("p", { class: "muted" }, t("noErrors")),
    h("div", { class: "column-lists" },
      columnList(t("unmappedColumns"), report.unmappedColumns, "unmapped"),
      columnList(t("droppedColumns"), report.droppedColumns, "dropped")));
}

/** An ingestion's outcome: badge, failure reason when failed, and the report. */
export function ingestionResult(ingestion) {
  return h("div", { class: "ingestion-result", "data-ingestion": ingestion.id },
    h("p", {}, statusBadge(ingestion.status), " ", h("span", { class: "muted" }, `${t("ingestionId")} ${ingestion.id}`)),
    ingestion.failureReason ? h("p", { class: "failure", role: "alert" }, h("strong", {}, `${t("failureReason")}: `), ingestion.failureReason) : null,
    ingestion.reviewReason && ingestion.status === "needs-review"
      ? h("p", { class: "review", role: "status" }, h("strong", {}, `${t("reviewReason")}: `), ingestion.reviewReason) : null,
    reportView(ingestion.report));
}
