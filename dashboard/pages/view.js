// The data pages (Overview, Representativeness, Explore, Norms, Trends, Open answers): one generic view each.
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { loadView } from "../api.js";
import { renderView, renderViewError } from "../render.js";

export async function render(container, state, signal) {
  // A skeleton of KPI cards and chart cards while the view loads; the status line says so for screen readers.
  const body = h("div", { class: "view", "aria-busy": "true" },
    h("p", { class: "loading", role: "status" }, t("loading")),
    h("div", { class: "skeleton", "aria-hidden": "true" },
      h("div", { class: "kpi-row" }, [1, 2, 3].map(() => h("div", { class: "skeleton-block skeleton-kpi" }))),
      h("div", { class: "chart-grid" },
        [1, 2].map(() => h("div", { class: "card" }, h("div", { class: "skeleton-block skeleton-chart" }))))));
  container.append(body);
  let view;
  try {
    view = await loadView(state.page, state.filters);
  } catch (error) {
    if (signal.aborted) return;
    body.replaceChildren();
    body.removeAttribute("aria-busy");
    renderViewError(body, error, state, () => {
      container.replaceChildren();
      render(container, state, signal);
    });
    return;
  }
  if (signal.aborted) return;
  body.replaceChildren();
  body.removeAttribute("aria-busy");
  renderView(body, view, state);
}
