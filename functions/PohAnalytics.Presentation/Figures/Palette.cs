namespace PohAnalytics.Presentation.Figures;

/// <summary>The Okabe–Ito palette: distinguishable with the common forms of colour blindness.</summary>
public static class Palette
{
    /// <summary>Series colours in order of use.</summary>
    public static readonly string[] Series = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    /// <summary>Colour of the sample (the dataset itself) when compared with benchmarks.</summary>
    public const string Sample = "#0072B2";

    /// <summary>Diverging scale for standardized differences: blue (sample lower) – white – vermilion (sample higher).</summary>
    public static readonly (double Stop, string Colour)[] Diverging = [(0.0, "#0072B2"), (0.5, "#F7F7F7"), (1.0, "#D55E00")];

    /// <summary>
    /// Text colour on background pairs of the figures (font on white) and of dashboard/styles.css (body, muted, links,
    /// buttons, navigation, error detail, badges); each must pass WCAG AA for normal text (contrast at least 4.5:1).
    /// </summary>
    public static readonly (string Text, string Background)[] TextPairs =
    [
        ("#1f2937", "#ffffff"), ("#1f2933", "#ffffff"), ("#1f2933", "#f3f2f1"), ("#5b6673", "#ffffff"), ("#5b6673", "#f3f2f1"),
        ("#0072B2", "#ffffff"), ("#ffffff", "#0072B2"), ("#e6edf3", "#1b2a3a"), ("#ffffff", "#0f1c2a"), ("#7a2e00", "#fff4ec"),
        ("#00573f", "#e3f5ee"), ("#8a3200", "#fbe9e0"), ("#6b4a00", "#fff6dc"), ("#1f2933", "#fffbe6"),
    ];
}
