using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.DependencyInjection;

namespace PohAnalytics.Functions.Http;

/// <summary>
/// Puts <see cref="HttpFunctionFilter"/> into the Functions worker pipeline for HTTP triggers (the local runner calls
/// the same filter); queue and timer invocations pass through untouched, so their failures still retry.
/// </summary>
internal sealed class HttpFunctionMiddleware : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }
        var filter = context.InstanceServices.GetRequiredService<HttpFunctionFilter>();
        var result = await filter.InvokeAsync(http, async () =>
        {
            await next(context);
            return context.GetInvocationResult().Value;
        });
        context.GetInvocationResult().Value = result;
    }
}
