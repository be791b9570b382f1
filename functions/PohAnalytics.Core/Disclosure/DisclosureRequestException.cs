namespace PohAnalytics.Core.Disclosure;

/// <summary>A selection that cannot be served: an unknown subgroup, or one too small or protecting another group.</summary>
public sealed class DisclosureRequestException(string message) : Exception(message);
