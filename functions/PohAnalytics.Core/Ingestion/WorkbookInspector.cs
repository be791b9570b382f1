using System.IO.Compression;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Checks a zip-based workbook before it is read: every part is inflated once into a counter (nothing is kept), so a
/// workbook that inflates beyond the limit, or whose shared strings would fill memory, is refused with its reason.
/// Notes macros, which are never run and are ignored.
/// </summary>
internal static class WorkbookInspector
{
    /// <summary>Inspects the workbook in <paramref name="stream"/> (rewound afterwards); returns warnings.</summary>
    public static List<string> Inspect(Stream stream, IngestionPipelineOptions options)
    {
        var warnings = new List<string>();
        stream.Position = 0;
        Span<byte> head = stackalloc byte[4];
        var isZip = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head[0] == 0x50 && head[1] == 0x4B;
        stream.Position = 0;
        if (!isZip) return warnings;
        try
        {
            using var zip = new ZipArchive(new LeaveOpenStream(stream), ZipArchiveMode.Read, leaveOpen: true);
            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                    warnings.Add("The workbook contains macros (it is an .xlsm); they were not run and were ignored.");
                var sharedStrings = entry.FullName.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase);
                long part = 0;
                using var content = entry.Open();
                int n;
                while ((n = content.Read(buffer, 0, buffer.Length)) > 0)
                {
                    part += n;
                    total += n;
                    if (total > options.MaxInflatedBytes)
                        throw new UnreadableFileException(
                            $"The workbook inflates beyond {Megabytes(options.MaxInflatedBytes)} (Poh:Ingestion:MaxInflatedBytes); " +
                            "remove unused sheets or export the data as CSV.");
                    if (sharedStrings && part > options.MaxSharedStringsBytes)
                        throw new UnreadableFileException(
                            $"The workbook's shared text inflates beyond {Megabytes(options.MaxSharedStringsBytes)} " +
                            "(Poh:Ingestion:MaxSharedStringsBytes); export the data as CSV.");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableFileException(
                "The workbook is damaged or incomplete (its zip structure cannot be read); save it again and upload the new file.", ex);
        }
        finally
        {
            stream.Position = 0;
        }
        return warnings;
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024 * 1024)} MB";
}
