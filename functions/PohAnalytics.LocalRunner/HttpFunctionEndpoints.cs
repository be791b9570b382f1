using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Functions.Http;

namespace PohAnalytics.LocalRunner;

/// <summary>
/// Maps HTTP-triggered functions to Kestrel routes under <c>/api</c>, enforcing function keys as the host does and
/// running each through the worker's own <see cref="HttpFunctionFilter"/> (headers, upload limit, problems).
/// </summary>
public static class HttpFunctionEndpoints
{
    /// <summary>Adds one endpoint per HTTP function.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, IEnumerable<FunctionTrigger> functions, string functionKey)
    {
        foreach (var function in functions.Where(f => f.Trigger is HttpTriggerAttribute))
        {
            var trigger = (HttpTriggerAttribute)function.Trigger;
            var route = "/api/" + (trigger.Route ?? function.Name).TrimStart('/');
            var methods = (trigger.Methods ?? ["get", "post"]).Select(m => m.ToUpperInvariant()).ToArray();
            endpoints.MapMethods(route, methods, context => HandleAsync(context, function, trigger.AuthLevel, functionKey))
                .WithDisplayName(function.Name);
        }
    }

    private static async Task HandleAsync(HttpContext context, FunctionTrigger function, AuthorizationLevel level, string functionKey)
    {
        if (level != AuthorizationLevel.Anonymous && !HasKey(context.Request, functionKey))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var filter = context.RequestServices.GetRequiredService<HttpFunctionFilter>();
        var result = await filter.InvokeAsync(context,
            () => FunctionInvoker.InvokeAsync(context.RequestServices, function, p => Bind(p, context)));
        switch (result)
        {
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
                break;
            case IResult minimal:
                await minimal.ExecuteAsync(context);
                break;
        }
    }

    private static bool HasKey(HttpRequest request, string functionKey) =>
        KeyEquals(request.Headers["x-functions-key"].FirstOrDefault(), functionKey)
        | KeyEquals(request.Query["code"].FirstOrDefault(), functionKey);

    // Constant time over the bytes, so response timing does not reveal how much of a guessed key was right.
    private static bool KeyEquals(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static object? Bind(ParameterInfo parameter, HttpContext context)
    {
        if (parameter.ParameterType == typeof(HttpRequest)) return context.Request;
        if (parameter.ParameterType == typeof(CancellationToken)) return context.RequestAborted;
        if (context.GetRouteValue(parameter.Name!) is { } routeValue)
            return Convert.ChangeType(routeValue, parameter.ParameterType, System.Globalization.CultureInfo.InvariantCulture);
        if (parameter.HasDefaultValue) return parameter.DefaultValue;
        // An optional route parameter left out ({*path} with no path) binds as null, as the Functions host does.
        if (!parameter.ParameterType.IsValueType && context.GetEndpoint() is RouteEndpoint endpoint
            && endpoint.RoutePattern.GetParameter(parameter.Name!) is not null)
            return null;
        throw new NotSupportedException($"The local runner cannot bind parameter '{parameter.Name}' of {parameter.Member.Name}.");
    }
}
