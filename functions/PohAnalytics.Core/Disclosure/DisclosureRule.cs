using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Disclosure;

/// <summary>The disclosure rule in plain words, as every page and the documentation state it.</summary>
public static class DisclosureRule
{
    /// <summary>The rule for a threshold and the smallest subgroup served on its own.</summary>
    public static LocalizedText Text(int threshold, int minimumSubgroup) => new(
        $"Aantallen van 1 tot {threshold - 1} respondenten worden niet getoond (\"<{threshold}\"). \"x\" verbergt een extra aantal (0 of minstens " +
        $"{threshold}) zodat een verborgen aantal niet terug te rekenen is uit totalen, andere pagina's of andere selecties: alles wat deze " +
        $"site over een dataset toont is samen gecontroleerd, zodat elk verborgen aantal minstens {threshold} verschillende waarden kan hebben. " +
        $"Een combinatie van selecties wordt alleen getoond als de groep minstens {minimumSubgroup} respondenten telt. Zelf ingevulde " +
        $"antwoorden (zoals regio) verschijnen alleen als minstens {threshold} respondenten hetzelfde antwoordden en het geen persoonsgegeven " +
        "is; anders staan ze onder \"Overig\". Minimum en maximum zijn afgerond op een veelvoud van 5.",
        $"Counts of 1 to {threshold - 1} respondents are not shown (\"<{threshold}\"). \"x\" hides one more count (0 or at least {threshold}) " +
        "so that a hidden count cannot be worked out from totals, other pages or other selections: everything this site shows about a dataset " +
        $"is checked together, so every hidden count can still take at least {threshold} different values. A combination of selections is " +
        $"shown only when the group has at least {minimumSubgroup} respondents. Answers typed in by respondents (such as region) appear only " +
        $"when at least {threshold} respondents gave the same one and it is not personal data; otherwise they are under \"Other\". Minimum and " +
        "maximum are rounded to a multiple of 5.");
}
