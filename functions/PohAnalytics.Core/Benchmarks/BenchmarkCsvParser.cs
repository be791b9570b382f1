using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Benchmarks;

/// <summary>
/// Reads benchmark CSV files in the format of <c>benchmarks-table-4-1.csv</c> (one row per published figure) and maps
/// their labels onto codebook variables and category codes through the codebook's aliases and category groups.
/// Columns: benchmark_id, source, survey_year, population, respondents, variable, category, statistic (percent|mean),
/// value, note; optional sd, n and includes. <c>includes</c> harmonises categories: sample categories (labels separated by
/// "|") that the benchmark's category contains, e.g. LHV's "Anders" includes "Gedetacheerd vanuit andere organisatie".
/// Errors name the row (header = row 1) and the column.
/// </summary>
public sealed class BenchmarkCsvParser
{
    /// <summary>Resource name of the benchmarks that ship with the product (Table 4.1).</summary>
    public const string BuiltInResource = "PohAnalytics.ReferenceData.benchmarks-table-4-1.csv";

    private static readonly string[] RequiredColumns =
        ["benchmark_id", "source", "survey_year", "population", "respondents", "variable", "category", "statistic", "value"];

    private readonly CodebookDefinition _codebook;
    private readonly Dictionary<string, Dictionary<string, IReadOnlyList<string>>> _labels = new(StringComparer.Ordinal);

    /// <summary>Builds the label index of a codebook.</summary>
    public BenchmarkCsvParser(CodebookDefinition codebook)
    {
        _codebook = codebook;
        foreach (var variable in codebook.Variables)
        {
            var index = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var category in variable.Categories)
                foreach (var alias in category.Aliases.Prepend(category.Label.En).Prepend(category.Label.Nl).Prepend(category.Code))
                    index.TryAdd(TextNormalizer.Normalize(alias), [category.Code]);
            foreach (var group in variable.CategoryGroups)
                foreach (var alias in group.Aliases.Prepend(group.Label.En).Prepend(group.Label.Nl).Prepend(group.Code))
                    index.TryAdd(TextNormalizer.Normalize(alias), group.Categories);
            _labels[variable.Id] = index;
        }
    }

    /// <summary>The benchmarks embedded in this assembly (Trimbos study, LV POH-GGZ 2018, LHV 2017, Nivel 2014).</summary>
    public IReadOnlyList<BenchmarkDefinition> LoadBuiltIn()
    {
        using var stream = typeof(BenchmarkCsvParser).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"Embedded resource {BuiltInResource} is missing.");
        return Parse(stream, BenchmarkOrigin.ReferenceData);
    }

    /// <summary>Parses a benchmark CSV (UTF-8, comma or semicolon separated) into unversioned benchmarks, in file order.</summary>
    /// <exception cref="BenchmarkCsvException">A header, cell or combination of rows is invalid.</exception>
    public IReadOnlyList<BenchmarkDefinition> Parse(Stream csv, BenchmarkOrigin origin = BenchmarkOrigin.Upload)
    {
        using var reader = new StreamReader(csv, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = reader.ReadToEnd();
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ";" : ",";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, TrimOptions = TrimOptions.Trim, BadDataFound = null };
        using var csvReader = new CsvReader(new StringReader(text), config);
        if (!csvReader.Read() || !csvReader.ReadHeader())
            throw new BenchmarkCsvException("The benchmark file is empty: expected a header row with " + string.Join(", ", RequiredColumns) + ".");
        var header = csvReader.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new BenchmarkCsvException(1, missing[0], $"the header lacks column(s) {string.Join(", ", missing)} (expected {string.Join(", ", RequiredColumns)}, optional sd, n, note, includes).");

        var order = new List<string>();
        var heads = new Dictionary<string, (BenchmarkDefinition Head, int Row)>(StringComparer.Ordinal);
        var items = new Dictionary<string, List<BenchmarkItem>>(StringComparer.Ordinal);
        while (csvReader.Read())
        {
            var row = csvReader.Parser.Row;
            string Cell(string column)
            {
                var i = Array.IndexOf(header, column);
                return i < 0 ? "" : (csvReader.GetField(i) ?? "").Trim();
            }
            if (RequiredColumns.All(c => Cell(c).Length == 0)) continue;

            var id = Cell("benchmark_id");
            if (id.Length == 0) throw new BenchmarkCsvException(row, "benchmark_id", "a benchmark id is required.");
            var respondents = ParseNumber(row, "respondents", Cell("respondents"));
            if (respondents < 1 || Math.Abs(respondents - Math.Round(respondents)) > 1e-9)
                throw new BenchmarkCsvException(row, "respondents", $"'{Cell("respondents")}' is not a whole number of respondents ≥ 1.");
            var head = new BenchmarkDefinition
            {
                Id = id,
                Source = Required(row, "source", Cell("source")),
                SurveyYear = Required(row, "survey_year", Cell("survey_year")),
                Population = Required(row, "population", Cell("population")),
                Respondents = (int)Math.Round(respondents),
                Origin = origin,
                Items = [],
            };
            if (heads.TryGetValue(id, out var first))
                CheckSameHead(row, first.Head, first.Row, head);
            else
            {
                heads[id] = (head, row);
                items[id] = [];
                order.Add(id);
            }

            var item = ParseItem(row, Cell, head.Respondents);
            if (items[id].Any(existing => existing.Key == item.Key))
                throw new BenchmarkCsvException(row, "category", $"benchmark '{id}' already has a figure for {item.Key}.");
            items[id].Add(item);
        }
        if (order.Count == 0) throw new BenchmarkCsvException("The benchmark file has a header but no rows.");
        return order.Select(id => heads[id].Head with { Items = items[id] }).ToList();
    }

    private BenchmarkItem ParseItem(int row, Func<string, string> cell, int respondents)
    {
        var variableId = cell("variable");
        var variable = _codebook.Variables.FirstOrDefault(v => v.Id == variableId)
            ?? throw new BenchmarkCsvException(row, "variable", $"'{variableId}' is not a codebook variable.");
        var statistic = cell("statistic").ToLowerInvariant() switch
        {
            "percent" or "percentage" or "%" => BenchmarkStatistic.Percent,
            "mean" or "m" or "gemiddelde" => BenchmarkStatistic.Mean,
            var other => throw new BenchmarkCsvException(row, "statistic", $"'{other}' is not a statistic (expected percent or mean)."),
        };
        var value = ParseNumber(row, "value", cell("value"));
        double? sd = cell("sd") is { Length: > 0 } sdText ? ParseNumber(row, "sd", sdText) : null;
        double? n = cell("n") is { Length: > 0 } nText ? ParseNumber(row, "n", nText) : null;
        if (sd < 0) throw new BenchmarkCsvException(row, "sd", "an SD cannot be negative.");
        if (n is { } itemN && (itemN <= 0 || itemN > respondents))
            throw new BenchmarkCsvException(row, "n", $"the item n ({itemN}) must lie between 1 and the respondents ({respondents}).");
        var note = cell("note") is { Length: > 0 } noteText ? noteText : null;
        var label = cell("category");

        if (statistic == BenchmarkStatistic.Mean)
        {
            if (variable.Type != VariableType.Number)
                throw new BenchmarkCsvException(row, "statistic", $"a mean needs a numeric variable; '{variable.Id}' is {variable.Type}.");
            if (label.Length > 0)
                throw new BenchmarkCsvException(row, "category", $"a mean has no category (found '{label}').");
            return new BenchmarkItem(variable.Id, [], "", statistic, value, sd, n, note);
        }

        if (!(variable.IsCategorical || variable.Type == VariableType.MultiResponse))
            throw new BenchmarkCsvException(row, "variable", $"a percentage needs a categorical or multi-response variable; '{variable.Id}' is {variable.Type}.");
        if (value is < 0 or > 100)
            throw new BenchmarkCsvException(row, "value", $"a percentage must lie in 0–100 (found {value.ToString(CultureInfo.InvariantCulture)}).");
        if (label.Length == 0)
            throw new BenchmarkCsvException(row, "category", $"a percentage of '{variable.Id}' needs a category.");
        if (!_labels[variable.Id].TryGetValue(TextNormalizer.Normalize(label), out var codes))
        {
            var known = string.Join(", ", variable.Categories.Select(c => $"'{c.Label.Nl}'").Concat(variable.CategoryGroups.Select(g => $"'{g.Label.Nl}'")));
            throw new BenchmarkCsvException(row, "category", $"'{label}' is not a category of '{variable.Id}' (known: {known}). Add it as an alias in the codebook if it is one.");
        }
        if (sd is not null)
            throw new BenchmarkCsvException(row, "sd", "an SD belongs to a mean, not to a percentage.");
        var includes = new List<string>();
        foreach (var part in cell("includes").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!_labels[variable.Id].TryGetValue(TextNormalizer.Normalize(part), out var included))
                throw new BenchmarkCsvException(row, "includes", $"'{part}' is not a category of '{variable.Id}'.");
            includes.AddRange(included.Where(c => !codes.Contains(c) && !includes.Contains(c)));
        }
        return includes.Count == 0
            ? new BenchmarkItem(variable.Id, codes, label, statistic, value, null, n, note)
            : new BenchmarkItem(variable.Id, [.. codes, .. includes], label, statistic, value, null, n, note, includes);
    }

    private static void CheckSameHead(int row, BenchmarkDefinition first, int firstRow, BenchmarkDefinition current)
    {
        void Same(string column, string a, string b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
                throw new BenchmarkCsvException(row, column, $"benchmark '{first.Id}' has '{b}' here but '{a}' on row {firstRow}; every row of a benchmark must agree.");
        }
        Same("source", first.Source, current.Source);
        Same("survey_year", first.SurveyYear, current.SurveyYear);
        Same("population", first.Population, current.Population);
        Same("respondents", first.Respondents.ToString(CultureInfo.InvariantCulture), current.Respondents.ToString(CultureInfo.InvariantCulture));
    }

    private static string Required(int row, string column, string value) =>
        value.Length > 0 ? value : throw new BenchmarkCsvException(row, column, "a value is required.");

    private static double ParseNumber(int row, string column, string text) =>
        CellParser.ParseDecimal(text, allowPercent: true)
        ?? throw new BenchmarkCsvException(row, column, $"'{text}' is not a number.");
}
