// The staff function key field (Upload and Data pages): kept in sessionStorage, sent as x-functions-key.
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { functionKey, setFunctionKey } from "../api.js";

/** A small form to enter or forget the key; onChange runs after either. */
export function keyForm(onChange) {
  const input = h("input", { id: "function-key", type: "password", autocomplete: "off", spellcheck: "false", value: functionKey() });
  const status = h("p", { class: "key-status", role: "status" }, functionKey() ? t("keyStored") : "");
  const save = (event) => {
    event.preventDefault();
    setFunctionKey(input.value.trim());
    status.textContent = functionKey() ? t("keyStored") : "";
    onChange();
  };
  const forget = () => {
    setFunctionKey("");
    input.value = "";
    status.textContent = "";
    onChange();
  };
  return h("form", { class: "key-form", onsubmit: save },
    h("label", { for: "function-key" }, t("keyLabel")),
    h("div", { class: "inline" }, input,
      h("button", { type: "submit", class: "btn" }, t("keySave")),
      h("button", { type: "button", class: "btn btn-secondary", onclick: forget }, t("keyForget"))),
    status);
}
