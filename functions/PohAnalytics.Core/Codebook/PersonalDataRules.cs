namespace PohAnalytics.Core.Codebook;

/// <summary>How columns holding personal data (names, e-mail, phone, address) are recognised.</summary>
/// <param name="HeaderPatterns">Regular expressions matched against normalised headers.</param>
/// <param name="ValuePatterns">Named regular expressions matched against cell values.</param>
/// <param name="ValueShareThreshold">Share of non-empty sampled values that must match a value pattern.</param>
public sealed record PersonalDataRules(
    IReadOnlyList<string> HeaderPatterns,
    IReadOnlyDictionary<string, string> ValuePatterns,
    double ValueShareThreshold);
