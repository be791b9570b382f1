namespace PohAnalytics.Core.Registry;

/// <summary>Where a dataset comes from.</summary>
public enum DatasetKind
{
    /// <summary>A research questionnaire (e.g. the Trimbos study).</summary>
    Survey,
    /// <summary>An LV POH-GGZ member poll (ledenpeiling).</summary>
    MemberPoll,
    /// <summary>Coded open answers or interview codes (one row per respondent × code), mapped through a code list.</summary>
    CodedAnswers,
}
