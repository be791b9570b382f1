namespace PohAnalytics.Core.Disclosure;

/// <summary>What the personal-data screen found in a value; describes it without repeating the value.</summary>
/// <param name="Kind">The kind of personal data.</param>
public readonly record struct PersonalDataFinding(PersonalDataKind Kind)
{
    /// <summary>The kind in words, with its article ("an e-mail address").</summary>
    public string Description => Kind switch
    {
        PersonalDataKind.Email => "an e-mail address",
        PersonalDataKind.Phone => "a phone number",
        PersonalDataKind.Bsn => "a citizen service number (BSN)",
        PersonalDataKind.Postcode => "a postcode",
        PersonalDataKind.StreetAddress => "a street address",
        PersonalDataKind.PersonName => "a person's name",
        _ => "personal data",
    };

    /// <summary>The reason shown in reports ("looks like an e-mail address").</summary>
    public string Reason => "looks like " + Description;

    /// <summary>What reports and rejects show instead of the value ("[e-mail removed]").</summary>
    public string Placeholder => Kind switch
    {
        PersonalDataKind.Email => "[e-mail removed]",
        PersonalDataKind.Phone => "[phone number removed]",
        PersonalDataKind.Bsn => "[BSN removed]",
        PersonalDataKind.Postcode => "[postcode removed]",
        PersonalDataKind.StreetAddress => "[address removed]",
        PersonalDataKind.PersonName => "[name removed]",
        _ => "[personal data removed]",
    };
}
