using System.Security.Cryptography;
using System.Text;

namespace PohAnalytics.Core.Publishing;

/// <summary>Hashes the inputs of a publication unit, so unchanged inputs are recognised across refreshes.</summary>
public static class InputHash
{
    /// <summary>SHA-256 (hex) of the parts, joined unambiguously.</summary>
    public static string Of(IEnumerable<string?> parts)
    {
        var text = string.Join("\u001f", parts.Select(p => p ?? "\u0000"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>SHA-256 (hex) of the parts.</summary>
    public static string Of(params string?[] parts) => Of((IEnumerable<string?>)parts);
}
