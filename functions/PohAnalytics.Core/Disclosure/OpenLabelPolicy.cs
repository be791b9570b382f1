using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Decides whether a label that comes from the data (an open category such as a region typed by respondents) may be
/// served: only when enough respondents gave it and it does not look like personal data. Anything else is served as
/// <see cref="OtherCode"/>.
/// </summary>
public sealed class OpenLabelPolicy
{
    /// <summary>The code under which unservable labels are served.</summary>
    public const string OtherCode = "other";

    private static readonly Lazy<OpenLabelPolicy> BuiltIn =
        new(() => new OpenLabelPolicy(new PersonalDataPatterns(CodebookLoader.LoadBuiltIn().PersonalData)));

    private readonly PersonalDataPatterns _personalData;

    /// <summary>A policy that checks labels with the given personal-data rules (the codebook's, plus the built-in screen).</summary>
    public OpenLabelPolicy(PersonalDataPatterns personalData) => _personalData = personalData;

    /// <summary>The policy with the personal-data rules of the built-in codebook.</summary>
    public static OpenLabelPolicy Default => BuiltIn.Value;

    /// <summary>The label of <see cref="OtherCode"/>: "Overig" / "Other".</summary>
    public static LocalizedText OtherLabel { get; } = new("Overig", "Other");

    /// <summary>
    /// Whether <paramref name="label"/> may be served as it is: at least <paramref name="threshold"/> respondents gave it
    /// and it passes the personal-data check.
    /// </summary>
    public bool IsServable(string label, long respondents, int threshold) =>
        !string.IsNullOrWhiteSpace(label) && respondents >= threshold && !_personalData.LooksPersonal(label);

    /// <summary>The label itself when it is servable, otherwise <see cref="OtherCode"/>.</summary>
    public string Serve(string label, long respondents, int threshold) =>
        IsServable(label, respondents, threshold) ? label : OtherCode;
}
