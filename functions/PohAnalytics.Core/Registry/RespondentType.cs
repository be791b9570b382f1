namespace PohAnalytics.Core.Registry;

/// <summary>Who answered.</summary>
public enum RespondentType
{
    /// <summary>Mental-health practice nurses (POH-GGZ).</summary>
    PohGgz,
    /// <summary>General practitioners (huisartsen).</summary>
    Gp,
}
