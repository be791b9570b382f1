// The generic view renderer: slicer bar, KPI cards, chart cards (Plotly) with CSV/PNG export and cross-filtering,
// and the notes under the charts. The view JSON contract is documented in dashboard/README.md.
import { h, cell, formatDate, errorPanel, table } from "./dom.js";
import { lang, pick, t } from "./i18n.js";
import { downloadPng, downloadText, tableToCsv } from "./export.js";
import { filterIds, setFilter, update } from "./state.js";

/** The smallest chart height in pixels; a figure's own layout.height (computed from its content) wins when taller. */
export const minPlotHeight = 260;

/** The slicer bar: one labelled select per available filter, chips for URL filters the view does not offer, clear. */
export function slicerBar(available, filters) {
  const offered = new Set(available.map((f) => f.id));
  const selects = available.map((filter) => {
    const id = `filter-${filter.id}`;
    const value = filters[filter.id] ?? "";
    const options = [...filter.options];
    if (value && !options.some((o) => String(o.value) === value)) options.push({ value, label: value });
    return h("div", { class: "slicer" },
      h("label", { for: id }, pick(filter.label)),
      h("select", { id, name: filter.id, "data-filter": filter.id, onchange: (e) => setFilter(filter.id, e.target.value) },
        h("option", { value: "" }, t("all")),
        options.map((o) => h("option", { value: String(o.value), selected: String(o.value) === value }, pick(o.label)))));
  });
  const extra = filterIds.filter((id) => filters[id] && !offered.has(id));
  const chips = extra.length === 0 ? null : h("div", { class: "chips", "aria-label": t("activeFilters"), role: "group" },
    extra.map((id) => h("span", { class: "chip", "data-filter-chip": id }, `${id}: ${filters[id]}`,
      h("button", { type: "button", class: "chip-remove", "aria-label": `${t("removeFilter")} ${id}`, onclick: () => setFilter(id, "") }, "×"))));
  const any = Object.keys(filters).length > 0;
  return h("div", { class: "slicer-bar", role: "search", "aria-label": t("filters") },
    selects, chips,
    h("button", { type: "button", id: "clear-filters", class: "btn btn-secondary clear-filters", disabled: !any, onclick: () => update({ filters: {} }) }, t("clearFilters")));
}

function kpiCard(kpi) {
  return h("div", { class: "kpi", "data-kpi": kpi.id },
    h("div", { class: "kpi-label" }, pick(kpi.label)),
    h("div", { class: "kpi-value" }, cell(kpi.value, kpi.format)),
    kpi.note ? h("div", { class: "kpi-note" }, pick(kpi.note)) : null);
}

/**
 * The figure for the current language with the dashboard's fonts and margins as defaults. Colours come from the figure
 * (the C# figure layer assigns one colour per entity); the height the figure computed from its content is kept.
 */
function figureFor(chart) {
  const figure = chart.figure?.[lang()] ?? chart.figure?.nl ?? chart.figure ?? {};
  const axes = Object.fromEntries(["xaxis", "yaxis", ...Object.keys(figure.layout || {}).filter((k) => /^[xy]axis\d+$/.test(k))]
    .map((k) => [k, { automargin: true, ...(figure.layout?.[k] || {}) }]));
  const layout = {
    font: { family: "system-ui, 'Segoe UI', Roboto, Arial, sans-serif", size: 13, color: "#1f2933" },
    margin: { l: 48, r: 16, t: 16, b: 40 },
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "rgba(0,0,0,0)",
    ...(figure.layout || {}),
    ...axes,
    autosize: true,
  };
  delete layout.width;
  layout.height = Math.max(minPlotHeight, Number(figure.layout?.height) || 0);
  return { data: figure.data || [], layout, config: { displayModeBar: false, ...(figure.config || {}), responsive: true, displaylogo: false } };
}

function chartCard(chart, page) {
  // The chart is an image for assistive technology; its text alternative is the table below (a keyboard-operable disclosure).
  const tableId = chart.table ? `table-${chart.id}` : null;
  const plot = h("div", { class: "plot plot-loading", id: `plot-${chart.id}`, role: "img", "aria-label": pick(chart.title),
    "aria-busy": "true", "aria-describedby": tableId });
  const title = pick(chart.title);
  const fileName = `${page}-${chart.id}-${lang()}`;
  const tableData = chart.table;
  const card = h("section", { class: "card chart-card", "data-chart": chart.id, "aria-labelledby": `title-${chart.id}` },
    h("header", { class: "card-header" },
      h("div", {},
        h("h2", { class: "card-title", id: `title-${chart.id}` }, title),
        chart.description ? h("p", { class: "card-description" }, pick(chart.description)) : null),
      h("div", { class: "card-tools" },
        h("button", { type: "button", class: "btn btn-small", "data-export": "csv", disabled: !tableData,
          "aria-label": `${t("downloadCsvOf")}: ${title}`, onclick: () => downloadText(tableToCsv(tableData), `${fileName}.csv`) }, t("downloadCsv")),
        h("button", { type: "button", class: "btn btn-small", "data-export": "png",
          "aria-label": `${t("downloadPngOf")}: ${title}`, onclick: () => downloadPng(plot, fileName) }, t("downloadPng")))),
    plot,
    chart.crossFilter?.field ? h("p", { class: "hint" }, t("crossFilterHint")) : null,
    tableData ? h("details", { class: "chart-table", id: tableId }, h("summary", {}, t("showTable")),
      table(tableData.columns.map((c) => ({ label: pick(c.label) || c.id })), tableData.rows.map((r) => r.map((v) => cell(typeof v === "object" && v ? pick(v) : v))))) : null);
  return { card, plot };
}

/** With a cross-filter value set, its points stay highlighted and the others are dimmed (Plotly's selectedpoints). */
function highlight(data, value) {
  if (value == null) return data;
  return data.map((trace) => {
    if (!Array.isArray(trace.customdata) || "selectedpoints" in trace) return trace;
    const points = trace.customdata.flatMap((c, i) => (String(c) === value ? [i] : []));
    return points.length ? { ...trace, selectedpoints: points } : trace;
  });
}

function drawChart(plot, chart, filters) {
  const field = chart.crossFilter?.field;
  const { data, layout, config } = figureFor(chart);
  window.Plotly.react(plot, field ? highlight(data, filters[field]) : data, layout, config).then(() => {
    plot.classList.remove("plot-loading");
    plot.removeAttribute("aria-busy");
    if (!field) return;
    plot.classList.add("cross-filter");
    plot.on("plotly_click", (event) => {
      const point = event?.points?.[0];
      const value = point?.customdata;
      if (value == null || Array.isArray(value)) return;
      setFilter(field, String(value) === filters[field] ? "" : value);
    });
  });
}

/** Shown only on paper: what is selected, when the numbers were published, and where the page lives. */
function printHeader(view, filters) {
  const labels = Object.fromEntries((view.filters?.available ?? []).map((f) => [f.id, f]));
  const selected = Object.entries(filters).map(([id, value]) => {
    const filter = labels[id];
    const option = filter?.options?.find((o) => String(o.value) === value);
    return `${filter ? pick(filter.label) : id}: ${option ? pick(option.label) : value}`;
  });
  return h("div", { class: "print-header" },
    h("p", {}, h("strong", {}, `${t("selection")}: `), selected.length ? selected.join(" · ") : t("noSelection")),
    view.generatedAt ? h("p", {}, h("strong", {}, `${t("generatedAt")}: `), formatDate(view.generatedAt)) : null,
    h("p", { class: "print-url" }, `${t("printedFrom")}: ${location.href}`));
}

/** On paper the charts take the A4 width; back on screen they fit their cards again. */
function fitChartsForPrint(printing) {
  for (const plot of document.querySelectorAll(".chart-card .js-plotly-plot"))
    window.Plotly.relayout(plot, printing ? { width: 680, autosize: false } : { width: null, autosize: true });
}
const printMedia = window.matchMedia?.("print");
printMedia?.addEventListener("change", (e) => fitChartsForPrint(e.matches));
window.addEventListener("beforeprint", () => fitChartsForPrint(true));
window.addEventListener("afterprint", () => fitChartsForPrint(false));

/** Renders a loaded view into the container. */
export function renderView(container, view, state) {
  const filters = state.filters;
  const available = view.filters?.available ?? [];
  if (available.length || Object.keys(filters).length) container.append(slicerBar(available, filters));
  if (view.kpis?.length) container.append(h("div", { class: "kpi-row" }, view.kpis.map(kpiCard)));
  const cards = (view.charts ?? []).map((chart) => ({ chart, ...chartCard(chart, state.page) }));
  container.append(h("div", { class: "chart-grid" }, cards.map((c) => c.card)));
  // Draw once every card is in the grid, so each plot sizes itself to its final column width.
  for (const { plot, chart } of cards) drawChart(plot, chart, filters);
  const footer = h("footer", { class: "view-footer" });
  if (view.notes?.length)
    footer.append(h("section", { class: "notes", "aria-label": t("notes") }, h("h2", {}, t("notes")),
      h("ul", {}, view.notes.map((n) => h("li", {}, pick(n))))));
  if (view.generatedAt) footer.append(h("p", { class: "generated" }, `${t("generatedAt")}: ${formatDate(view.generatedAt)}`));
  container.append(footer);
  container.prepend(printHeader(view, filters));
}

/** Renders the failure of a view load: the filters from the URL stay visible and clearable. */
export function renderViewError(container, error, state, onRetry) {
  if (Object.keys(state.filters).length) container.append(slicerBar([], state.filters));
  container.append(errorPanel(error, { onRetry }));
}

/** Frees Plotly's resize listeners of the charts in a container before it is replaced. */
export function purgeCharts(container) {
  for (const plot of container.querySelectorAll(".js-plotly-plot")) window.Plotly?.purge(plot);
}
