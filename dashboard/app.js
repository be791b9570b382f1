// Entry point: wires the language toggle and starts the router.
import { route } from "./router.js";
import { update } from "./state.js";

for (const button of document.querySelectorAll("#lang-toggle button"))
  button.addEventListener("click", () => update({ lang: button.dataset.lang }));

addEventListener("hashchange", () => { route(); });
if (!location.hash) history.replaceState(null, "", "#/overview");
route();
