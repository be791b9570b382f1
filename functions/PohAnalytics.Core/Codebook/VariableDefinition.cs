using System.Text.Json.Serialization;

namespace PohAnalytics.Core.Codebook;

/// <summary>A canonical variable: how exports name it, which values it accepts and how it is reported.</summary>
public sealed record VariableDefinition
{
    /// <summary>Stable id, also the Parquet column name (multi-response: prefix of <c>id__option</c>).</summary>
    public required string Id { get; init; }
    /// <summary>Measurement level.</summary>
    public required VariableType Type { get; init; }
    /// <summary>Display label.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>Header aliases seen in exports (matched after normalisation).</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];
    /// <summary>Categories, multi-response options or Likert points, in report order.</summary>
    public IReadOnlyList<CategoryDefinition> Categories { get; init; } = [];
    /// <summary>Named unions of categories (e.g. "2 weken of langer") that benchmarks may refer to.</summary>
    public IReadOnlyList<CategoryGroupDefinition> CategoryGroups { get; init; } = [];
    /// <summary>Category variables whose values are free labels (e.g. region): any non-empty text is accepted.</summary>
    public bool OpenCategories { get; init; }
    /// <summary>Reporting bins of a numeric variable.</summary>
    public IReadOnlyList<BinDefinition> Bins { get; init; } = [];
    /// <summary>Inclusive lower limit of valid numbers.</summary>
    public double? Min { get; init; }
    /// <summary>Inclusive upper limit of valid numbers.</summary>
    public double? Max { get; init; }
    /// <summary>Whether only whole numbers are valid.</summary>
    public bool Integer { get; init; }
    /// <summary>Whether values are percentages that may carry a <c>%</c> sign.</summary>
    public bool Percent { get; init; }
    /// <summary>Unit of a number, for display.</summary>
    public string? Unit { get; init; }
    /// <summary>What an empty cell means.</summary>
    public EmptyMeaning WhenEmpty { get; init; } = EmptyMeaning.Missing;
    /// <summary>
    /// Multi-response: what a row that leaves every option of the item empty means. Without it: <c>missing</c> (item
    /// nonresponse) when the item has a <see cref="NoneOption"/>, otherwise <c>not-asked</c>; <c>unchecked</c> keeps
    /// such a respondent as asked, ticked none.
    /// </summary>
    public EmptyMeaning? WhenAllEmpty { get; init; }
    /// <summary>Multi-response: code of the "none of these" option; ticking it means asked, ticked none.</summary>
    public string? NoneOption { get; init; }
    /// <summary>Multi-response: header prefixes of checkbox columns such as <c>Opleiding [SPV]</c>.</summary>
    public IReadOnlyList<string> BracketPrefixes { get; init; } = [];
    /// <summary>Multi-response: values that mean "chosen".</summary>
    public IReadOnlyList<string> CheckedValues { get; init; } = [];
    /// <summary>Multi-response: values that mean "not chosen".</summary>
    public IReadOnlyList<string> UncheckedValues { get; init; } = [];
    /// <summary>When the export lacks this variable, it is the sum of these variables (all must be present).</summary>
    public IReadOnlyList<string> DerivedSum { get; init; } = [];
    /// <summary>Likert: the lowest score that counts as agreeing.</summary>
    public int? AgreeFrom { get; init; }
    /// <summary>The policy norm measured by this variable, if any.</summary>
    public NormDefinition? Norm { get; init; }
    /// <summary>The report table this variable reproduces.</summary>
    public string? ReportTable { get; init; }

    /// <summary>Whether the variable holds categories (category, ordinal or Likert).</summary>
    public bool IsCategorical => Type is VariableType.Category or VariableType.Ordinal or VariableType.Likert;

    /// <summary>Multi-response: what an all-empty row means (<see cref="WhenAllEmpty"/> or its default).</summary>
    [JsonIgnore]
    public EmptyMeaning AllEmptyMeaning => WhenAllEmpty ?? (NoneOption is null ? EmptyMeaning.NotAsked : EmptyMeaning.Missing);

    /// <summary>The bin a value falls in, or null.</summary>
    public BinDefinition? BinOf(double value) => Bins.FirstOrDefault(b => b.Contains(value));
}
