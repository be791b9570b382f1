using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>The small-cell rule applied to a result, with the text the page shows under it.</summary>
/// <param name="Threshold">Counts from 1 to Threshold − 1 are withheld.</param>
/// <param name="Text">The rule in Dutch and English.</param>
public sealed record SuppressionRule(int Threshold, LocalizedText Text)
{
    /// <summary>The rule of a suppression setting.</summary>
    public static SuppressionRule Of(SuppressionSettings settings)
    {
        var t = settings.Threshold;
        return new SuppressionRule(t, new LocalizedText(
            $"Aantallen van 1 tot en met {t - 1} worden weergegeven als \"<{t}\", zonder percentage. Zodat zo'n aantal niet uit " +
            $"een rijtotaal is terug te rekenen, is in dezelfde rij ook een ander aantal verborgen (\"{CountCell.ComplementaryMarker}\"); " +
            "waar dat niet volstaat, is ook het rijtotaal verborgen.",
            $"Counts from 1 to {t - 1} are shown as \"<{t}\", without a percentage. So that such a count cannot be worked out " +
            $"from a row total, another count in the same row is hidden as well (\"{CountCell.ComplementaryMarker}\"); " +
            "where that is not enough, the row total is hidden too."));
    }
}
