using System.Text;

namespace PohAnalytics.Core.Ingestion;

/// <summary>How a CSV's bytes are to be decoded.</summary>
/// <param name="Encoding">The encoding (for a mixed file: the one of the lines that are not valid UTF-8).</param>
/// <param name="Name">Name shown in the report: utf-8, utf-8-bom, windows-1252, utf-16le, mixed utf-8/windows-1252…</param>
/// <param name="PerLine">Whether each line is decoded on its own (valid UTF-8 as UTF-8, else Windows-1252).</param>
/// <param name="Warning">What a person should know about the decoding, or null.</param>
internal sealed record TextEncodingResult(Encoding Encoding, string Name, bool PerLine = false, string? Warning = null);
