using System.Reflection;

namespace PohAnalytics.LocalRunner;

/// <summary>A function method discovered from its attributes, with the trigger that starts it.</summary>
/// <param name="Name">The [Function] name.</param>
/// <param name="Class">The declaring class (instantiated per call from DI, as the worker does).</param>
/// <param name="Method">The method.</param>
/// <param name="Trigger">The trigger attribute instance (HttpTrigger, QueueTrigger or TimerTrigger).</param>
public sealed record FunctionTrigger(string Name, Type Class, MethodInfo Method, Attribute Trigger);
