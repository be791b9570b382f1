// Deployment settings. apiBase is the origin (and optional path prefix) of the PohAnalytics API, without a trailing
// slash; "" means the API is served from the same origin as this dashboard (the local runner, or a Static Web App
// with a linked Functions backend). Example for another origin: { apiBase: "https://func-pohanalytics.azurewebsites.net" }.
window.POH_CONFIG = { apiBase: "" };
