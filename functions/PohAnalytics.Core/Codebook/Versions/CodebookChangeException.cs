namespace PohAnalytics.Core.Codebook.Versions;

/// <summary>A codebook change that is refused (unknown variable or category, conflicting or ambiguous alias); nothing changed.</summary>
/// <param name="message">The reason, for staff.</param>
public sealed class CodebookChangeException(string message) : Exception(message);
