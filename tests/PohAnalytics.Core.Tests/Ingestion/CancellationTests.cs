using PohAnalytics.Core.Ingestion;
using PohAnalytics.Testing;

namespace PohAnalytics.Core.Tests.Ingestion;

/// <summary>An ingestion stopped at its time budget stops reading the file, even inside a library that takes no token.</summary>
public sealed class CancellationTests
{
    [Theory]
    [InlineData("ledenpeiling-lv-poh-ggz-2018.xlsx")]
    [InlineData("poh-ggz-vragenlijst-2019.csv")]
    public async Task A_cancelled_ingestion_reads_nothing_more_from_the_file_and_ends_as_cancelled(string fixture)
    {
        var content = await File.ReadAllBytesAsync(RepoPaths.Fixture(fixture));
        using var budget = new CancellationTokenSource();
        // The workbook check inflates every part before ExcelDataReader reads a row; a quarter in, it is still inside it.
        await using var file = new CancellingStream(content, cancelAfterBytes: content.Length / 4, budget);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new IngestionPipeline(PipelineRun.Codebook)
                .RunAsync(file, fixture, new CollectingSink(), new CollectingRejects(), budget.Token));

        Assert.True(budget.IsCancellationRequested);
        Assert.Equal(0, file.BytesReadAfterCancel);
    }

    /// <summary>A file served in 4 KB reads that cancels <c>budget</c> once it has served the given number of bytes.</summary>
    private sealed class CancellingStream(byte[] content, int cancelAfterBytes, CancellationTokenSource budget) : MemoryStream(content)
    {
        private long _served;

        public long BytesReadAfterCancel { get; private set; }

        // MemoryStream sends span reads of a derived type here.
        public override int Read(byte[] buffer, int offset, int count)
        {
            var cancelled = budget.IsCancellationRequested;
            var n = base.Read(buffer, offset, Math.Min(count, 4096));
            if (cancelled) BytesReadAfterCancel += n;
            _served += n;
            if (_served >= cancelAfterBytes) budget.Cancel();
            return n;
        }
    }
}
