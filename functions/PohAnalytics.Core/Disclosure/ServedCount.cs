namespace PohAnalytics.Core.Disclosure;

/// <summary>A count as an anonymous reader gets it: the number, or the mark that hides it.</summary>
/// <param name="Value">The count when shown; null when hidden.</param>
/// <param name="Mark">Shown, small ("&lt;5") or complementary ("x").</param>
public readonly record struct ServedCount(long? Value, CellMark Mark)
{
    /// <summary>A shown count.</summary>
    public static ServedCount Of(long value) => new(value, CellMark.Shown);

    /// <summary>Whether the number is shown.</summary>
    public bool IsShown => Mark == CellMark.Shown;

    /// <summary>What the page prints: the number or its mark.</summary>
    public object Display(int threshold) => Mark switch
    {
        CellMark.Shown => Value!.Value,
        CellMark.Small => $"<{threshold}",
        _ => "x",
    };

    /// <summary>The mark text, or null when shown.</summary>
    public string? MarkText(int threshold) => Mark == CellMark.Shown ? null : (string)Display(threshold);
}
