namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>A respondent (or interviewee record) of a coded dataset with attributes and mentions.</summary>
/// <param name="Id">The respondent id ("6&amp;7" is one interviewee record).</param>
/// <param name="Attributes">Category codes per attribute id (several for a multi-valued cell, none when empty).</param>
/// <param name="Mentions">The codes the respondent named, in file order (repeats kept: each is a mention).</param>
public sealed record CodedRespondent(string Id, IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes, IReadOnlyList<CodedMention> Mentions)
{
    /// <summary>Whether the respondent belongs to a category of an attribute.</summary>
    public bool IsIn(string attributeId, string category) =>
        Attributes.TryGetValue(attributeId, out var values) && values.Contains(category);
}
