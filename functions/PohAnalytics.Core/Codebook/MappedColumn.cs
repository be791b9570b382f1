namespace PohAnalytics.Core.Codebook;

/// <summary>A source column recognised as a codebook variable (or one option of a multi-response variable).</summary>
/// <param name="Index">Zero-based column index in the source.</param>
/// <param name="Header">The header as written in the export.</param>
/// <param name="Variable">The canonical variable.</param>
/// <param name="Option">For a multi-response checkbox column, the option it holds.</param>
public sealed record MappedColumn(int Index, string Header, VariableDefinition Variable, CategoryDefinition? Option = null)
{
    /// <summary>The canonical column name: the variable id, or <c>variable__option</c>.</summary>
    public string CanonicalName => Option is null ? Variable.Id : $"{Variable.Id}__{Option.Code}";
}
