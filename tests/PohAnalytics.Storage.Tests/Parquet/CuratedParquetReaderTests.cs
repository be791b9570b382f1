using Parquet;
using Parquet.Schema;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Registry;
using PohAnalytics.Storage.Parquet;

namespace PohAnalytics.Storage.Tests.Parquet;

/// <summary>Text columns are coded while they are read, exactly as the engine codes a column of strings.</summary>
public sealed class CuratedParquetReaderTests
{
    private static readonly CuratedSchema Schema = CuratedSchema.From(CodebookLoader.LoadBuiltIn());

    // First appearances differ between row groups, and the texts include an empty one, accents and trailing space.
    private static readonly string?[] Genders = ["vrouw", "man", null, "anders", "", "vrouw ", "zeg ik liever niet", "één"];

    [Fact]
    public async Task Text_columns_come_back_coded_across_row_groups_as_the_engine_codes_the_strings()
    {
        const int rows = TextColumnCoder.MaxDistinct + 500;
        using var file = new MemoryStream();
        var batch = new CuratedBatch(Schema, capacity: 997);
        await using (var writer = new ParquetCuratedWriter(file, Schema, new Dictionary<string, string>()))
        {
            for (var i = 0; i < rows; i++)
            {
                var slot = batch.BeginRow();
                batch.SetNumber(Schema.IndexOf("_source_row"), slot, i + 2);
                batch.SetText(Schema.IndexOf("gender"), slot, GenderOf(i));
                batch.SetText(Schema.IndexOf("respondent_id"), slot, $"R{i:D6}");
                batch.CommitRow();
                if (batch.IsFull) { await writer.WriteBatchAsync(batch, CancellationToken.None); batch.Clear(); }
            }
            await writer.WriteBatchAsync(batch, CancellationToken.None);
        }

        file.Position = 0;
        var table = await CuratedParquetReader.ReadAsync(file);

        Assert.True(table.RowGroups > 1);
        var genders = (string?[])table.Columns["gender"];
        Assert.Equal(Enumerable.Range(0, rows).Select(GenderOf), genders);
        Assert.Same(genders, table.Columns["gender"]);
        Assert.Equal(Schema.Columns.Select(c => c.Name), table.Columns.Keys);
        AssertSameCoding(CodedColumn.Of(genders), table.Coding["gender"]);
        var vrouw = genders.First(g => g == "vrouw");
        Assert.All(genders.Where(g => g == "vrouw"), g => Assert.Same(vrouw, g));
        // Respondent numbers are all distinct: read as they are, not coded.
        Assert.Equal(Enumerable.Range(0, rows).Select(i => $"R{i:D6}"), (string?[])table.Columns["respondent_id"]);
        Assert.False(table.Coding.ContainsKey("respondent_id"));
        // A column never filled is all empty, and coded as such.
        Assert.Equal(Enumerable.Repeat(-1, rows), table.Coding["region"].Rows);
        Assert.Empty(table.Coding["region"].Values);
    }

    [Fact]
    public async Task A_text_column_written_without_a_dictionary_is_coded_the_same()
    {
        var field = new DataField<string>("gender", nullable: true);
        string?[] values = [.. Enumerable.Range(0, 300).Select(GenderOf)];
        using var file = new MemoryStream();
        var options = new ParquetOptions { DictionaryEncodingThreshold = 0 };
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), file, options))
        {
            foreach (var part in values.Chunk(120))
            {
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(field, part);
            }
        }

        file.Position = 0;
        await using (var parquet = await ParquetReader.CreateAsync(file, leaveStreamOpen: true))
        {
            using var first = parquet.OpenRowGroupReader(0);
            Assert.DoesNotContain(first.GetMetadata(field)!.MetaData!.Encodings,
                e => e is global::Parquet.Meta.Encoding.PLAIN_DICTIONARY or global::Parquet.Meta.Encoding.RLE_DICTIONARY);
        }
        file.Position = 0;
        var table = await CuratedParquetReader.ReadAsync(file);

        Assert.Equal(values, (string?[])table.Columns["gender"]);
        AssertSameCoding(CodedColumn.Of(values), table.Coding["gender"]);
    }

    [Fact]
    public async Task Reads_only_the_columns_asked_for()
    {
        using var file = new MemoryStream();
        var batch = new CuratedBatch(Schema, capacity: 4);
        await using (var writer = new ParquetCuratedWriter(file, Schema, new Dictionary<string, string>()))
        {
            for (var i = 0; i < 3; i++)
            {
                var slot = batch.BeginRow();
                batch.SetText(Schema.IndexOf("gender"), slot, GenderOf(i));
                batch.SetNumber(Schema.IndexOf("age"), slot, 30 + i);
                batch.CommitRow();
            }
            await writer.WriteBatchAsync(batch, CancellationToken.None);
        }

        file.Position = 0;
        var table = await CuratedParquetReader.ReadAsync(file, name => name is "gender" or "age", CancellationToken.None);

        Assert.Equal(["age", "gender"], table.Columns.Keys.Order());
        Assert.Equal([30.0, 31.0, 32.0], (double?[])table.Columns["age"]);
        Assert.Equal(["gender"], table.Coding.Keys);
    }

    private static string? GenderOf(int i) => Genders[(i * 7 + i / 997) % Genders.Length];

    private static void AssertSameCoding(CodedColumn expected, CodedColumn actual)
    {
        Assert.Equal(expected.Values, actual.Values);
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal(expected.Counts, actual.Counts);
    }
}
