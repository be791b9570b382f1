using Azure.Identity;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PohAnalytics.Functions;
using PohAnalytics.Functions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// Security headers, the upload limit and exception-to-problem mapping for every HTTP function (the runner uses the same filter).
builder.UseMiddleware<HttpFunctionMiddleware>();
builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
// Application Insights has local auth disabled in Azure: the worker signs its telemetry in with the managed identity.
if (builder.Configuration["AZURE_CLIENT_ID"] is { Length: > 0 } clientId)
    builder.Services.Configure<TelemetryConfiguration>(c => c.SetAzureTokenCredential(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))));
builder.Services.AddPohAnalytics(builder.Configuration);
builder.Build().Run();
