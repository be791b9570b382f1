using System.Text.RegularExpressions;

namespace PohAnalytics.Core.Application;

/// <summary>
/// Neutralises spreadsheet formula injection in CSV cells (OWASP "CSV Injection"): a text cell starting with
/// <c>= + - @</c>, tab or carriage return gets a leading apostrophe, so Excel and LibreOffice show it as text.
/// A plain negative number (<c>-2</c>, <c>-2.5</c>, <c>-2,5</c>) is left alone: it is a number, not a formula.
/// The dashboard's export.js applies the same rule.
/// </summary>
public static partial class CsvFormulaGuard
{
    /// <summary>The characters that make a spreadsheet program read a cell as a formula or command.</summary>
    public static readonly char[] TriggerCharacters = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The cell as written to a CSV: prefixed with <c>'</c> when it could be read as a formula.</summary>
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value) || Array.IndexOf(TriggerCharacters, value[0]) < 0) return value ?? "";
        return NegativeNumber().IsMatch(value) ? value : "'" + value;
    }

    [GeneratedRegex(@"^-[0-9]+([.,][0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NegativeNumber();
}
