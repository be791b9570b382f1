using System.Text;

namespace PohAnalytics.Presentation.Figures;

/// <summary>Wraps long category labels over lines (Plotly's <c>&lt;br&gt;</c>) so they fit beside a chart in a card.</summary>
public static class AxisLabel
{
    /// <summary>The label broken at spaces into lines of at most <paramref name="width"/> characters.</summary>
    public static string Wrap(string label, int width = 30)
    {
        if (label.Length <= width) return label;
        var builder = new StringBuilder();
        var line = 0;
        foreach (var word in label.Split(' '))
        {
            if (line > 0 && line + 1 + word.Length > width)
            {
                builder.Append("<br>");
                line = 0;
            }
            else if (line > 0)
            {
                builder.Append(' ');
                line++;
            }
            builder.Append(word);
            line += word.Length;
        }
        return builder.ToString();
    }

    /// <summary>Pixels one line of a tick label takes (12 px font with Plotly's line spacing, rounded up).</summary>
    public const double LinePixels = 17;

    /// <summary>The number of lines of a label as <see cref="Wrap"/> breaks it.</summary>
    public static int Lines(string wrapped) => wrapped.Split("<br>").Length;

    /// <summary>
    /// The pixels a category band needs so its wrapped tick label does not touch its neighbours: at least
    /// <paramref name="minimum"/>, else the label's lines plus some air.
    /// </summary>
    public static double Band(string wrapped, double minimum) => Math.Max(minimum, Lines(wrapped) * LinePixels + 10);
}
