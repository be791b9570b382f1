using Microsoft.AspNetCore.Http;

namespace PohAnalytics.Functions.Http;

/// <summary>
/// The response headers every answer carries, in one place for the Functions worker, the local runner and (copied)
/// dashboard/staticwebapp.config.json. Scripts only from the site itself; styles also inline, because Plotly injects
/// its own style elements and style attributes.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>CSP of the dashboard pages: no inline or evaluated scripts, no framing.</summary>
    public const string DashboardPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>CSP of API answers (JSON and CSV): nothing may load or frame them.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Sets the headers for an API answer.</summary>
    public static void ApplyApi(IHeaderDictionary headers) => Apply(headers, ApiPolicy);

    /// <summary>Sets the headers with the given CSP (existing values are replaced).</summary>
    public static void Apply(IHeaderDictionary headers, string contentSecurityPolicy)
    {
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.Remove("Server");
    }
}
