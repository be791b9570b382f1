namespace PohAnalytics.Core.Registry;

/// <summary>Where a dataset comes from.</summary>
public enum DatasetKind
{
    /// <summary>A research questionnaire (e.g. the Trimbos study).</summary>
    Survey,
    /// <summary>An LV POH-GGZ member poll (ledenpeiling).</summary>
    MemberPoll,
}
