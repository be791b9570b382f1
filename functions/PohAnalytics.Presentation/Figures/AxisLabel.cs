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
}
