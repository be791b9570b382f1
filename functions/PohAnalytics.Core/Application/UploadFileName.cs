namespace PohAnalytics.Core.Application;

/// <summary>Turns a client-supplied file name into one safe to store and show: no path, no control characters.</summary>
public static class UploadFileName
{
    /// <summary>Longest name kept (characters).</summary>
    public const int MaxLength = 200;

    /// <summary>The last path segment with control characters (newlines, tabs) replaced by spaces and trimmed.</summary>
    /// <exception cref="ArgumentException">Nothing usable is left.</exception>
    public static string Sanitise(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        if (name.Length > MaxLength) name = name[..MaxLength].TrimEnd();
        if (name.Length == 0 || name is "." or "..")
            throw new ArgumentException("The file name is empty once path and control characters are removed; give a plain file name.");
        return name;
    }
}
