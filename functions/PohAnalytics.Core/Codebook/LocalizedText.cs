namespace PohAnalytics.Core.Codebook;

/// <summary>A label in Dutch (the default) and English.</summary>
/// <param name="Nl">Dutch text.</param>
/// <param name="En">English text.</param>
public sealed record LocalizedText(string Nl, string En)
{
    /// <summary>The text for a language code ("nl" or "en"); Dutch for anything else.</summary>
    public string For(string language) => language == "en" ? En : Nl;
}
