namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>One mention of a code by a respondent.</summary>
/// <param name="Theme">Main theme code.</param>
/// <param name="Code">Code (sub-theme).</param>
public readonly record struct CodedMention(string Theme, string Code);
