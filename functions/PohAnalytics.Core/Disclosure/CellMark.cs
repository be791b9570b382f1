namespace PohAnalytics.Core.Disclosure;

/// <summary>How a served count appears to an anonymous reader.</summary>
public enum CellMark
{
    /// <summary>The number itself.</summary>
    Shown,

    /// <summary>"&lt;5": one to threshold − 1 respondents (primary suppression).</summary>
    Small,

    /// <summary>"x": hidden to protect a small cell; zero or at least the threshold.</summary>
    Complementary,
}
