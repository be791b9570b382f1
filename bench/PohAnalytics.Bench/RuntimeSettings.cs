using System.Runtime;

namespace PohAnalytics.Bench;

/// <summary>The runtime settings a benchmark's figures depend on, printed with them (set in Directory.Build.props).</summary>
internal static class RuntimeSettings
{
    /// <summary>One line: .NET version, tiered PGO and the garbage collector's mode.</summary>
    public static string Describe() =>
        $"runtime: .NET {Environment.Version}, tiered PGO {Setting("System.Runtime.TieredPGO")}, server GC {GCSettings.IsServerGC}";

    // What the runtime configuration set, or the runtime's default when it set nothing.
    private static string Setting(string name) => AppContext.GetData(name) is { } value ? $"{value}" : "default";
}
