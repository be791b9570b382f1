using Parquet.Meta;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Storage.Parquet;

namespace PohAnalytics.Storage.Tests.Parquet;

/// <summary>Curated batches become typed Parquet row groups that Parquet.Net reads back unchanged.</summary>
public sealed class ParquetCuratedWriterTests
{
    private static readonly CuratedSchema Schema = CuratedSchema.From(CodebookLoader.LoadBuiltIn());

    [Fact]
    public async Task Writes_one_row_group_per_batch_with_typed_nullable_columns_and_metadata()
    {
        using var file = new MemoryStream();
        var batch = new CuratedBatch(Schema, capacity: 3);
        var metadata = new Dictionary<string, string> { ["pohanalytics.source_sha256"] = "abc", ["pohanalytics.codebook_version"] = "1.0.0" };
        await using (var writer = new ParquetCuratedWriter(file, Schema, metadata))
        {
            for (var i = 0; i < 7; i++)
            {
                var slot = batch.BeginRow();
                batch.Set(Schema.IndexOf("_source_row"), slot, i + 2);
                batch.Set(Schema.IndexOf("gender"), slot, i % 2 == 0 ? "vrouw" : null);
                batch.Set(Schema.IndexOf("age"), slot, i == 3 ? null : 40.5 + i);
                batch.Set(Schema.IndexOf("workload_high"), slot, i == 1 ? null : 4);
                batch.Set(Schema.IndexOf("education__spv"), slot, i == 5 ? null : i % 3 == 0);
                batch.CommitRow();
                if (batch.IsFull) { await writer.WriteBatchAsync(batch, CancellationToken.None); batch.Clear(); }
            }
            await writer.WriteBatchAsync(batch, CancellationToken.None);
        }

        file.Position = 0;
        var table = await CuratedParquetReader.ReadAsync(file);

        Assert.Equal(7, table.RowCount);
        Assert.Equal(3, table.RowGroups);
        Assert.Equal("abc", table.Metadata["pohanalytics.source_sha256"]);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], ((int?[])table.Columns["_source_row"]).Select(v => v!.Value));
        Assert.Equal(new string?[] { "vrouw", null, "vrouw", null, "vrouw", null, "vrouw" }.AsEnumerable(), ((string?[])table.Columns["gender"]).AsEnumerable());
        Assert.Equal([40.5, 41.5, 42.5, null, 44.5, 45.5, 46.5], (double?[])table.Columns["age"]);
        Assert.Equal([4, null, 4, 4, 4, 4, 4], (int?[])table.Columns["workload_high"]);
        Assert.Equal([true, false, false, true, false, null, true], (bool?[])table.Columns["education__spv"]);
        Assert.Equal(Schema.Columns.Count, table.Columns.Count);
    }

    [Fact]
    public async Task Category_columns_are_dictionary_encoded_and_whole_numbers_delta_packed_and_read_back_unchanged()
    {
        using var file = new MemoryStream();
        const int rows = 2_000;
        var batch = new CuratedBatch(Schema, capacity: rows);
        string[] genders = ["vrouw", "man", "anders"];
        await using (var writer = new ParquetCuratedWriter(file, Schema, new Dictionary<string, string>()))
        {
            for (var i = 0; i < rows; i++)
            {
                var slot = batch.BeginRow();
                batch.SetNumber(Schema.IndexOf("_source_row"), slot, i + 2);
                batch.SetText(Schema.IndexOf("gender"), slot, genders[i % 3]);
                batch.SetNumber(Schema.IndexOf("workload_high"), slot, 1 + i % 5);
                batch.SetNumber(Schema.IndexOf("age"), slot, 30 + i % 7 * 0.5);
                batch.CommitRow();
            }
            await writer.WriteBatchAsync(batch, CancellationToken.None);
        }

        file.Position = 0;
        await using (var parquet = await global::Parquet.ParquetReader.CreateAsync(file, leaveStreamOpen: true))
        {
            using var group = parquet.OpenRowGroupReader(0);
            var fields = parquet.Schema.GetDataFields().ToDictionary(f => f.Name);
            List<Encoding> EncodingsOf(string column) => group.GetMetadata(fields[column])!.MetaData!.Encodings;
            Assert.Contains(EncodingsOf("gender"), e => e is Encoding.PLAIN_DICTIONARY or Encoding.RLE_DICTIONARY);
            Assert.Contains(Encoding.DELTA_BINARY_PACKED, EncodingsOf("_source_row"));
            Assert.Contains(Encoding.DELTA_BINARY_PACKED, EncodingsOf("workload_high"));
        }
        file.Position = 0;
        var table = await CuratedParquetReader.ReadAsync(file);

        Assert.Equal(Enumerable.Range(0, rows).Select(i => (int?)(i + 2)), (int?[])table.Columns["_source_row"]);
        Assert.Equal(Enumerable.Range(0, rows).Select(i => genders[i % 3]), ((string?[])table.Columns["gender"])!);
        Assert.Equal(Enumerable.Range(0, rows).Select(i => (int?)(1 + i % 5)), (int?[])table.Columns["workload_high"]);
        Assert.Equal(Enumerable.Range(0, rows).Select(i => (double?)(30 + i % 7 * 0.5)), (double?[])table.Columns["age"]);
    }

    [Fact]
    public async Task A_file_without_rows_is_still_valid_parquet()
    {
        using var file = new MemoryStream();
        await using (new ParquetCuratedWriter(file, Schema, new Dictionary<string, string> { ["k"] = "v" })) { }

        file.Position = 0;
        var table = await CuratedParquetReader.ReadAsync(file);

        Assert.Equal(0, table.RowCount);
        Assert.Equal("v", table.Metadata["k"]);
    }

    [Fact]
    public async Task A_file_stream_at_any_position_reads_the_same_columns_as_the_file_in_memory()
    {
        using var memory = new MemoryStream();
        var batch = new CuratedBatch(Schema, capacity: 4);
        await using (var writer = new ParquetCuratedWriter(memory, Schema, new Dictionary<string, string>()))
        {
            for (var i = 0; i < 10; i++)
            {
                var slot = batch.BeginRow();
                batch.Set(Schema.IndexOf("_source_row"), slot, i + 2);
                batch.Set(Schema.IndexOf("gender"), slot, i % 3 == 0 ? "man" : "vrouw");
                batch.Set(Schema.IndexOf("age"), slot, 30.0 + i);
                batch.CommitRow();
                if (batch.IsFull) { await writer.WriteBatchAsync(batch, CancellationToken.None); batch.Clear(); }
            }
            await writer.WriteBatchAsync(batch, CancellationToken.None);
        }
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, memory.ToArray());
            await using var file = File.OpenRead(path);
            file.Seek(0, SeekOrigin.End);

            var fromFile = await CuratedParquetReader.ReadAsync(file);
            memory.Position = memory.Length;
            var fromMemory = await CuratedParquetReader.ReadAsync(memory);

            Assert.Equal(3, fromFile.RowGroups);
            Assert.Equal(fromMemory.Columns.Keys.Order(), fromFile.Columns.Keys.Order());
            foreach (var (name, column) in fromMemory.Columns)
                Assert.Equal(column.Cast<object?>(), fromFile.Columns[name].Cast<object?>());
            Assert.Equal(["man", "vrouw", "vrouw", "man"], ((string?[])fromFile.Columns["gender"]).Take(4));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
