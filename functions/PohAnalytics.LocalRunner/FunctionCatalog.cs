using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace PohAnalytics.LocalRunner;

/// <summary>Finds the [Function] methods of an assembly and their trigger attributes.</summary>
public static class FunctionCatalog
{
    /// <summary>All functions of the assembly whose trigger the runner can host.</summary>
    public static IReadOnlyList<FunctionTrigger> Discover(Assembly assembly)
    {
        var found = new List<FunctionTrigger>();
        foreach (var type in assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is not { } function) continue;
                var trigger = method.GetParameters()
                    .SelectMany(p => p.GetCustomAttributes())
                    .FirstOrDefault(a => a is HttpTriggerAttribute or QueueTriggerAttribute or TimerTriggerAttribute)
                    ?? throw new NotSupportedException($"Function {function.Name} has a trigger the local runner does not host.");
                found.Add(new FunctionTrigger(function.Name, type, method, trigger));
            }
        }
        return found.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }
}
