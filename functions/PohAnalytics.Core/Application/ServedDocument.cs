using System.Security.Cryptography;

namespace PohAnalytics.Core.Application;

/// <summary>Bytes served to anonymous readers with a strong entity tag computed from the bytes themselves.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="ETag">Quoted strong entity tag (SHA-256 of the content, shortened).</param>
public sealed record ServedDocument(byte[] Content, string ContentType, string ETag)
{
    /// <summary>Wraps bytes and hashes them once, so every request after the first reuses the tag.</summary>
    public static ServedDocument Of(byte[] content, string contentType) =>
        new(content, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"");
}
