using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Tests.Ingestion;

/// <summary>A batch slot starts empty, whether it was used by a row that was not kept or by the previous batch.</summary>
public sealed class CuratedBatchTests
{
    private static readonly CuratedSchema Schema = CuratedSchema.From(PipelineRun.Codebook);

    [Fact]
    public void A_row_that_was_not_kept_leaves_nothing_in_the_next_row()
    {
        var batch = new CuratedBatch(Schema, capacity: 4);
        var slot = batch.BeginRow();
        batch.SetText(Schema.IndexOf("gender"), slot, "man");
        batch.SetNumber(Schema.IndexOf("age"), slot, 40);

        var next = batch.BeginRow();
        batch.SetNumber(Schema.IndexOf("age"), next, 41);
        batch.CommitRow();

        Assert.Equal(slot, next);
        Assert.True(batch.IsNull(Schema.IndexOf("gender"), next));
        Assert.Equal(41.0, batch.GetNumber(Schema.IndexOf("age"), next));
    }

    [Fact]
    public void Rows_of_the_previous_batch_leave_nothing_after_clear()
    {
        var batch = new CuratedBatch(Schema, capacity: 2);
        for (var i = 0; i < 2; i++)
        {
            var slot = batch.BeginRow();
            batch.SetText(Schema.IndexOf("gender"), slot, "vrouw");
            batch.SetNumber(Schema.IndexOf("workload_high"), slot, 4);
            batch.SetFlag(Schema.IndexOf("education__spv"), slot, true);
            batch.CommitRow();
        }
        batch.Clear();

        for (var i = 0; i < 2; i++)
        {
            var slot = batch.BeginRow();
            batch.CommitRow();
            Assert.True(batch.IsNull(Schema.IndexOf("gender"), slot));
            Assert.Null(batch.Get(Schema.IndexOf("workload_high"), slot));
            Assert.Null(batch.Get(Schema.IndexOf("education__spv"), slot));
        }
    }

    [Fact]
    public void A_likert_score_goes_into_its_integer_column_and_a_number_stays_a_double()
    {
        var batch = new CuratedBatch(Schema, capacity: 1);
        var slot = batch.BeginRow();
        batch.SetNumber(Schema.IndexOf("workload_high"), slot, 4.0);
        batch.SetNumber(Schema.IndexOf("age"), slot, 40.5);

        Assert.Equal(4, batch.Get(Schema.IndexOf("workload_high"), slot));
        Assert.Equal(40.5, batch.Get(Schema.IndexOf("age"), slot));
        Assert.Null(batch.GetNumber(Schema.IndexOf("workload_high"), slot));
    }

    [Theory]
    [InlineData("gender")]
    [InlineData("age")]
    [InlineData("workload_high")]
    [InlineData("education__spv")]
    public void A_value_of_any_column_kind_is_null_until_it_is_set(string column)
    {
        var batch = new CuratedBatch(Schema, capacity: 1);
        var index = Schema.IndexOf(column);
        var slot = batch.BeginRow();
        Assert.True(batch.IsNull(index, slot));

        switch (Schema.Columns[index].Kind)
        {
            case CuratedColumnKind.Text: batch.SetText(index, slot, "vrouw"); break;
            case CuratedColumnKind.Boolean: batch.SetFlag(index, slot, false); break;
            default: batch.SetNumber(index, slot, 3); break;
        }

        Assert.False(batch.IsNull(index, slot));
        Assert.NotNull(batch.Get(index, slot));
    }
}
