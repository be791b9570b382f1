namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>How an export of coded answers is laid out.</summary>
public enum CodeListShape
{
    /// <summary>One row per respondent with repeated code columns ("Succesfactor 1 (gecodeerd)", "Succesfactor 2 …").</summary>
    Wide,
    /// <summary>One row per respondent × code, with a theme column and a code (sub-theme) column.</summary>
    Long,
}
