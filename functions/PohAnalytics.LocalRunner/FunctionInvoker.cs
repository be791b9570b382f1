using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace PohAnalytics.LocalRunner;

/// <summary>Calls a function method with a fresh instance from DI and arguments bound by type or name.</summary>
public static class FunctionInvoker
{
    /// <summary>Invokes the method; <paramref name="bind"/> supplies each parameter (or null to fail).</summary>
    public static async Task<object?> InvokeAsync(IServiceProvider services, FunctionTrigger function, Func<ParameterInfo, object?> bind)
    {
        var instance = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, function.Class);
        var arguments = function.Method.GetParameters().Select(bind).ToArray();
        object? result;
        try
        {
            result = function.Method.Invoke(instance, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
        switch (result)
        {
            case Task task:
                await task;
                var type = task.GetType();
                return type.IsGenericType ? type.GetProperty("Result")!.GetValue(task) : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            default:
                return result;
        }
    }
}
