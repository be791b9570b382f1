using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace PohAnalytics.LocalRunner;

/// <summary>Maps HTTP-triggered functions to Kestrel routes under <c>/api</c>, enforcing function keys as the host does.</summary>
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
        var result = await FunctionInvoker.InvokeAsync(context.RequestServices, function, p => Bind(p, context));
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
        request.Headers["x-functions-key"].FirstOrDefault() == functionKey || request.Query["code"].FirstOrDefault() == functionKey;

    private static object? Bind(ParameterInfo parameter, HttpContext context)
    {
        if (parameter.ParameterType == typeof(HttpRequest)) return context.Request;
        if (parameter.ParameterType == typeof(CancellationToken)) return context.RequestAborted;
        if (context.GetRouteValue(parameter.Name!) is { } routeValue)
            return Convert.ChangeType(routeValue, parameter.ParameterType, System.Globalization.CultureInfo.InvariantCulture);
        if (parameter.HasDefaultValue) return parameter.DefaultValue;
        throw new NotSupportedException($"The local runner cannot bind parameter '{parameter.Name}' of {parameter.Member.Name}.");
    }
}
