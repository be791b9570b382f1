using PohAnalytics.Core.Application;
using PohAnalytics.Functions;
using PohAnalytics.Functions.Http;

namespace PohAnalytics.LocalRunner;

/// <summary>
/// Hosts the Functions app's own classes on Kestrel: HTTP routes, queue and timer triggers discovered from attributes,
/// the drop-folder event source, and the dashboard's static files at <c>/</c>.
/// </summary>
public static class LocalRunnerHost
{
    /// <summary>Builds the runner; <paramref name="settings"/> override local.settings.json and the environment.</summary>
    public static WebApplication Build(string[] args, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (LocalSettingsFile.Find() is { } file)
            builder.Configuration.AddInMemoryCollection(LocalSettingsFile.Read(file));
        builder.Configuration.AddEnvironmentVariables();
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls(builder.Configuration["LocalRunner:Urls"] ?? "http://localhost:7071");
        var uploadLimit = builder.Configuration.GetValue(UploadLimit.SettingKey, UploadLimit.DefaultMaxBytes);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = uploadLimit;
        });
        var corsOrigins = CorsOrigins(builder.Configuration);
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(corsOrigins)
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", "x-functions-key")
            .WithExposedHeaders("Location", "ETag")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        var functions = FunctionCatalog.Discover(typeof(PohAnalyticsServices).Assembly);
        builder.Services.AddPohAnalytics(builder.Configuration);
        builder.Services.AddMvcCore();
        builder.Services.AddSingleton(functions);
        builder.Services.AddSingleton(QueueHostSettings.Load(Path.Combine(AppContext.BaseDirectory, "host.json"), builder.Configuration));
        builder.Services.AddHostedService<QueueTriggerPump>();
        builder.Services.AddHostedService<TimerTriggerPump>();
        if (builder.Configuration.GetValue("LocalRunner:WatchDropFolder", true))
            builder.Services.AddHostedService<DropFolderWatcher>();

        var app = builder.Build();
        app.Use((context, next) =>
        {
            var api = context.Request.Path.StartsWithSegments("/api");
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context.Response.Headers, api ? SecurityHeaders.ApiPolicy : SecurityHeaders.DashboardPolicy);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseCors();
        if (DashboardPath(builder.Configuration) is { } dashboard)
        {
            var files = new DashboardFileProvider(dashboard);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        app.UseRouting();
        HttpFunctionEndpoints.Map(app, functions, FunctionKey(builder.Configuration));
        return app;
    }

    /// <summary>The key the runner accepts for Function-level routes (<c>x-functions-key</c> header or <c>code</c> query).</summary>
    public static string FunctionKey(IConfiguration configuration) => configuration["LocalRunner:FunctionKey"] ?? "local-dev-key";

    /// <summary>
    /// Origins allowed to call the API from a browser (<c>Poh__CorsOrigins</c>, comma or semicolon separated; default the
    /// local dashboard). Azure applies the same setting through the function app's CORS list (Bicep).
    /// </summary>
    public static string[] CorsOrigins(IConfiguration configuration) =>
        (configuration["Poh:CorsOrigins"] ?? "http://localhost:7071")
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? DashboardPath(IConfiguration configuration)
    {
        if (configuration["LocalRunner:DashboardPath"] is { Length: > 0 } configured) return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dashboard");
            if (File.Exists(Path.Combine(candidate, "index.html"))) return candidate;
        }
        return null;
    }
}
