using System.Globalization;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Presentation.Views;

/// <summary>Number formatting and labels in both dashboard languages.</summary>
public static class Text
{
    /// <summary>The dashboard's languages.</summary>
    public static readonly string[] Languages = ["nl", "en"];

    // The app runs with invariant globalization, so Dutch number notation is spelled out rather than looked up.
    private static readonly NumberFormatInfo Dutch = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    /// <summary>"70,9%" in Dutch, "70.9%" in English.</summary>
    public static string Percent(double value, string language, int decimals = 1) =>
        value.ToString("F" + decimals, language == "nl" ? Dutch : CultureInfo.InvariantCulture) + "%";

    /// <summary>A decimal number in the language's notation.</summary>
    public static string Number(double value, string language, int decimals = 1) =>
        value.ToString("F" + decimals, language == "nl" ? Dutch : CultureInfo.InvariantCulture);

    /// <summary>Shorthand for a label.</summary>
    public static LocalizedText L(string nl, string en) => new(nl, en);
}
