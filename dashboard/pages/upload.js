// Upload page (staff): key, drag-and-drop or file input, dataset metadata, upload progress, then the ingestion's
// status (polled) and validation report. The ingestion id is kept in the URL (sel) so the result can be reopened.
import { h, card, errorPanel } from "../dom.js";
import { t } from "../i18n.js";
import { ApiError, functionKey, getIngestion, publishIngestion, upload } from "../api.js";
import { record } from "../state.js";
import { keyForm } from "./key.js";
import { ingestionResult, statusBadge } from "./report.js";
import { mappingPanel } from "./mapping.js";

const pollMs = 700;

/** Guesses dataset metadata from a file name such as "ledenpeiling-lv-poh-ggz-2018.xlsx". */
function guess(fileName) {
  const stem = fileName.replace(/\.[^.]+$/, "");
  const year = stem.match(/(?:19|20)\d{2}(?!.*(?:19|20)\d{2})/);
  return {
    name: stem,
    kind: /ledenpeiling|member|poll/i.test(stem) ? "member-poll" : "survey",
    respondentType: /huisarts|\bgp\b/i.test(stem) ? "gp" : "poh-ggz",
    wave: year ? year[0] : "",
  };
}

function select(field, options, optionPrefix) {
  const id = `upload-${field}`;
  return [h("label", { for: id }, t(`field.${field}`)),
    h("select", { id, name: field }, options.map((o) => h("option", { value: o }, t(`${optionPrefix}.${o}`))))];
}

/** Polls an ingestion until it succeeds or fails, drawing each state into target. */
async function follow(statusUrl, target, signal, notice) {
  const show = (content) => {
    target.hidden = false;
    target.replaceChildren(h("h2", { class: "card-title" }, t("reportTitle")), notice ?? "", content);
  };
  while (!signal.aborted) {
    let ingestion;
    try {
      ingestion = await getIngestion(statusUrl);
    } catch (error) {
      if (!signal.aborted) show(errorPanel(error));
      return;
    }
    if (signal.aborted) return;
    const done = ["succeeded", "failed", "needs-review"].includes(ingestion.status);
    show(done ? ingestionResult(ingestion) : h("p", { role: "status" }, statusBadge(ingestion.status), " ", t("processing")));
    if (done) return afterwards(ingestion, target, signal);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** Below a finished ingestion: the mapping of its unknown values and, when held for review, "publish anyway". */
async function afterwards(ingestion, target, signal) {
  const hasUnknown = ingestion.report && (ingestion.report.errorGroups?.some((g) => g.reason === "unknown category")
    || ingestion.report.headerSuggestions?.length);
  if (ingestion.status === "needs-review") {
    const publish = h("button", { type: "button", class: "btn btn-secondary", id: "publish-anyway" }, t("publishAnyway"));
    publish.addEventListener("click", async () => {
      publish.disabled = true;
      try {
        await publishIngestion(ingestion.id);
        await follow(`/api/uploads/${encodeURIComponent(ingestion.id)}`, target, signal);
      } catch (error) {
        publish.replaceWith(errorPanel(error));
      }
    });
    target.append(h("div", { class: "inline" }, publish));
  }
  if (!hasUnknown || signal.aborted) return;
  try {
    const panel = await mappingPanel(ingestion, (body) => {
      record({ sel: body.ingestionId });
      follow(body.statusUrl, target, signal);
    });
    if (panel && !signal.aborted) target.append(panel);
  } catch (error) {
    if (!signal.aborted) target.append(errorPanel(error));
  }
}

export async function render(container, state, signal) {
  let file = null;
  const fileInput = h("input", { id: "upload-file", type: "file", accept: ".csv,.xlsx,.txt,.tsv", class: "file-input" });
  const chosen = h("p", { class: "chosen-file", "aria-live": "polite" });
  const name = h("input", { id: "upload-name", name: "name", type: "text", required: true });
  const wave = h("input", { id: "upload-wave", name: "wave", type: "text", placeholder: t("wavePlaceholder") });
  const [kindLabel, kind] = select("kind", ["survey", "member-poll"], "kind");
  const [typeLabel, respondentType] = select("respondentType", ["poh-ggz", "gp"], "respondent");
  const progress = h("progress", { id: "upload-progress", max: 100, value: 0, "aria-label": t("uploadProgress"), hidden: true });
  const message = h("div", { class: "upload-message", "aria-live": "polite" });
  const result = h("section", { class: "card upload-result", id: "upload-result", hidden: true });
  const submit = h("button", { type: "submit", class: "btn btn-primary", id: "upload-submit" }, t("uploadButton"));

  const choose = (picked) => {
    if (!picked) return;
    file = picked;
    const g = guess(picked.name);
    chosen.textContent = `${t("chosenFile")}: ${picked.name}`;
    name.value = g.name;
    kind.value = g.kind;
    respondentType.value = g.respondentType;
    wave.value = g.wave;
  };
  fileInput.addEventListener("change", () => choose(fileInput.files?.[0]));

  const zone = h("div", { class: "dropzone", id: "dropzone" },
    h("p", { class: "dropzone-title" }, t("dropHere")),
    fileInput, h("label", { for: "upload-file", class: "btn btn-secondary file-label" }, t("orChoose")), chosen);
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("dragging"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    choose(e.dataTransfer?.files?.[0]);
  });

  const send = async (event) => {
    event.preventDefault();
    if (!functionKey()) return message.replaceChildren(h("p", { class: "warning", role: "alert" }, t("uploadNeedsKey")));
    if (!file) return message.replaceChildren(h("p", { class: "warning", role: "alert" }, t("uploadNeedsFile")));
    submit.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    message.replaceChildren(h("p", { role: "status" }, t("uploading")));
    result.replaceChildren();
    result.hidden = true;
    try {
      const fields = { name: name.value.trim(), kind: kind.value, respondentType: respondentType.value, wave: wave.value.trim() };
      const { body } = await upload(file, fields, (fraction) => { progress.value = Math.round(fraction * 100); });
      progress.value = 100;
      message.replaceChildren();
      record({ sel: body.ingestionId });
      const notice = body.created === false ? h("p", { class: "notice", "data-already-uploaded": "" }, t("alreadyUploaded")) : null;
      await follow(body.statusUrl, result, signal, notice);
    } catch (error) {
      message.replaceChildren(errorPanel(error, { title: error instanceof ApiError && error.status === 401 ? t("keyRejected") : t("uploadFailed") }));
    } finally {
      submit.disabled = false;
    }
  };

  const form = h("form", { class: "upload-form", id: "upload-form", onsubmit: send, novalidate: true },
    zone,
    h("div", { class: "form-grid" },
      h("div", { class: "field" }, h("label", { for: "upload-name" }, t("field.name")), name),
      h("div", { class: "field" }, kindLabel, kind),
      h("div", { class: "field" }, typeLabel, respondentType),
      h("div", { class: "field" }, h("label", { for: "upload-wave" }, t("field.wave")), wave)),
    h("div", { class: "inline" }, submit, progress),
    message);

  container.append(h("section", { class: "card" }, keyForm(() => {})), card(t("page.upload"), form), result);
  if (state.sel && functionKey()) await follow(`/api/uploads/${encodeURIComponent(state.sel)}`, result, signal);
}
