namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>How the columns holding the codes are named.</summary>
public sealed record CodeColumnHeaders
{
    /// <summary>Wide shape: header patterns of the repeated code columns, with <c>{n}</c> for the mention number ("Succesfactor {n} (gecodeerd)").</summary>
    public IReadOnlyList<string> HeaderPatterns { get; init; } = [];
    /// <summary>Long shape: headers of the theme column (optional in a file: the code implies its theme).</summary>
    public IReadOnlyList<string> ThemeHeaders { get; init; } = [];
    /// <summary>Long shape: headers of the code (sub-theme) column.</summary>
    public IReadOnlyList<string> CodeHeaders { get; init; } = [];
}
