namespace PohAnalytics.Core.Disclosure;

/// <summary>The kind of personal data a value was recognised as.</summary>
public enum PersonalDataKind
{
    /// <summary>An e-mail address, also obfuscated ("jan at example dot nl") or behind a display name.</summary>
    Email,
    /// <summary>A Dutch or international phone number.</summary>
    Phone,
    /// <summary>A citizen service number (BSN): nine digits passing the eleven test, or any number labelled "BSN".</summary>
    Bsn,
    /// <summary>A Dutch postcode ("1015 CX").</summary>
    Postcode,
    /// <summary>A street address ("Dorpsstraat 5a", "Keizersgracht 12, 1015 CX Amsterdam").</summary>
    StreetAddress,
    /// <summary>A person's name ("Jan Jansen", "J. de Vries", "mevrouw Bakker").</summary>
    PersonName,
    /// <summary>Matched only a value pattern configured in the codebook, or could not be checked in time.</summary>
    Other,
}
