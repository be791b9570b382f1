using global::Parquet;
using global::Parquet.Schema;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Storage.Parquet;

/// <summary>
/// Writes curated batches as Parquet row groups with typed nullable columns and key-value metadata. A batch is copied
/// and written on a pool thread while the caller fills the next one; a failed write surfaces on the next batch or on dispose.
/// </summary>
public sealed class ParquetCuratedWriter : ICuratedWriter
{
    private readonly Stream _output;
    private readonly IReadOnlyDictionary<string, string> _metadata;
    private readonly ParquetSchema _parquetSchema;
    private readonly DataField[] _fields;
    private readonly ParquetOptions _options;
    private readonly RowGroupColumns _group;
    private ParquetWriter? _writer;
    private Task _inFlight = Task.CompletedTask;

    /// <summary>Prepares a writer; the file is started on the first batch (or on dispose when there is none).</summary>
    public ParquetCuratedWriter(Stream output, CuratedSchema schema, IReadOnlyDictionary<string, string> metadata)
    {
        _output = output;
        _metadata = metadata;
        _fields = schema.Columns.Select(ParquetFields.For).ToArray();
        _parquetSchema = new ParquetSchema(_fields);
        _options = ParquetFields.WriteOptions(schema.Columns);
        _group = new RowGroupColumns(_fields, schema);
    }

    /// <inheritdoc />
    public async ValueTask WriteBatchAsync(CuratedBatch batch, CancellationToken cancellationToken)
    {
        // At most one row group is in flight: its arrays are the ones refilled here, so memory stays flat.
        await _inFlight;
        var writer = await StartAsync(cancellationToken);
        _group.CopyFrom(batch);
        _inFlight = Task.Run(() => _group.WriteAsync(writer, cancellationToken), cancellationToken);
    }

    private async ValueTask<ParquetWriter> StartAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null) return _writer;
        _writer = await ParquetWriter.CreateAsync(_parquetSchema, _output, _options, append: false, cancellationToken);
        _writer.CustomMetadata = _metadata.ToDictionary();
        return _writer;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _inFlight;
        }
        finally
        {
            var writer = await StartAsync(CancellationToken.None);
            await writer.DisposeAsync();
        }
    }
}
