using global::Parquet;
using global::Parquet.Schema;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Storage.Parquet;

/// <summary>Writes curated batches as Parquet row groups with typed nullable columns and key-value metadata.</summary>
public sealed class ParquetCuratedWriter : ICuratedWriter
{
    private readonly Stream _output;
    private readonly IReadOnlyDictionary<string, string> _metadata;
    private readonly ParquetSchema _parquetSchema;
    private readonly DataField[] _fields;
    private readonly ParquetOptions _options;
    private ParquetWriter? _writer;

    /// <summary>Prepares a writer; the file is started on the first batch (or on dispose when there is none).</summary>
    public ParquetCuratedWriter(Stream output, CuratedSchema schema, IReadOnlyDictionary<string, string> metadata)
    {
        _output = output;
        _metadata = metadata;
        _fields = schema.Columns.Select(ParquetFields.For).ToArray();
        _parquetSchema = new ParquetSchema(_fields);
        _options = ParquetFields.WriteOptions(schema.Columns);
    }

    /// <inheritdoc />
    public async ValueTask WriteBatchAsync(CuratedBatch batch, CancellationToken cancellationToken)
    {
        var writer = await StartAsync(cancellationToken);
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < _fields.Length; i++)
        {
            switch (batch.ColumnValues(i))
            {
                case string?[] text: await group.WriteAsync(_fields[i], text!); break;
                case double?[] number: await group.WriteAsync<double>(_fields[i], number.AsMemory(), cancellationToken: cancellationToken); break;
                case int?[] integer: await group.WriteAsync<int>(_fields[i], integer.AsMemory(), cancellationToken: cancellationToken); break;
                case bool?[] flag: await group.WriteAsync<bool>(_fields[i], flag.AsMemory(), cancellationToken: cancellationToken); break;
            }
        }
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
        var writer = await StartAsync(CancellationToken.None);
        await writer.DisposeAsync();
    }
}
