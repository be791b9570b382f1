namespace PohAnalytics.Functions.Tests.Hostile;

/// <summary>What a hostile upload must end as.</summary>
internal enum HostileOutcome
{
    /// <summary>The upload itself is refused with 400.</summary>
    Refused,
    /// <summary>The ingestion fails at once (one attempt) with a reason.</summary>
    Failed,
    /// <summary>The ingestion succeeds, usually with a warning or rejected rows.</summary>
    Succeeded,
    /// <summary>Read, but too many rows were rejected: held for review, not published (the quality gate).</summary>
    NeedsReview,
}

/// <summary>One hostile input: its bytes (generated at test time), file name, and the outcome and text expected.</summary>
/// <param name="Name">Case name shown in the test list.</param>
/// <param name="FileName">Name it is uploaded under.</param>
/// <param name="Content">Generates the bytes.</param>
/// <param name="Outcome">Expected outcome.</param>
/// <param name="Expect">Text the failure reason, the 400 detail or (when succeeded) a warning or error must contain.</param>
internal sealed record HostileCase(string Name, string FileName, Func<byte[]> Content, HostileOutcome Outcome, string Expect)
{
    /// <summary>The dataset name sent with the upload (a long one for the label case).</summary>
    public string? DatasetName { get; init; }
}
