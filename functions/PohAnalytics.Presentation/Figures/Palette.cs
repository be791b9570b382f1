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
}
