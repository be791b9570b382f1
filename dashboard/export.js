// Chart card exports: CSV from the view's table data, PNG through Plotly. No request leaves the browser.
import { pick } from "./i18n.js";

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with = + - @, tab or carriage
 * return gets a leading apostrophe. Numbers, and text that is a plain negative number ("-2", "-2.5"), stay as they are.
 * Same rule as CsvFormulaGuard in PohAnalytics.Core (the rejects CSV).
 */
export function neutraliseFormula(value) {
  if (value == null) return "";
  if (typeof value === "number") return String(value);
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) && !/^-[0-9]+([.,][0-9]+)?$/.test(text) ? `'${text}` : text;
}

const quote = (value) => {
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV (comma separated, UTF-8) of a view table, with headers in the current language. */
export function tableToCsv(tableData) {
  const header = tableData.columns.map((c) => quote(pick(c.label) || c.id));
  const lines = [header.join(",")];
  for (const row of tableData.rows) lines.push(row.map((v) => quote(typeof v === "object" && v !== null ? pick(v) : v)).join(","));
  return lines.join("\r\n") + "\r\n";
}

/** Offers text as a file download (with a BOM so spreadsheet programs read UTF-8). */
export function downloadText(text, fileName, type = "text/csv;charset=utf-8") {
  const url = URL.createObjectURL(new Blob(["\ufeff", text], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads a rendered Plotly chart as a PNG at twice its on-screen resolution. */
export function downloadPng(plotDiv, fileName) {
  const { width, height } = plotDiv.getBoundingClientRect();
  return window.Plotly.downloadImage(plotDiv, {
    format: "png", filename: fileName, width: Math.round(width) || 800, height: Math.round(height) || 450, scale: 2,
  });
}
