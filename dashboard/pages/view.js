// The data pages (Overview, Representativeness, Explore, Norms, Trends, Open answers): one generic view each.
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { loadView } from "../api.js";
import { renderView, renderViewError } from "../render.js";

export async function render(container, state, signal) {
  const body = h("div", { class: "view", "aria-busy": "true" }, h("p", { class: "loading", role: "status" }, t("loading")));
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
