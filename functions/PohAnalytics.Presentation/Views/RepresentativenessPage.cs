using PohAnalytics.Core.Application;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Statistics.Representativeness;
using PohAnalytics.Core.Statistics.Weighting;
using PohAnalytics.Presentation.Figures;
using static PohAnalytics.Presentation.Views.Text;

namespace PohAnalytics.Presentation.Views;

/// <summary>
/// Representativeness: Table 4.1 as a picture — sample vs every benchmark per characteristic with intervals, a heat
/// table of standardized differences in bands with verdicts, chi-square results, and a raked (weighted) toggle.
/// </summary>
public static class RepresentativenessPage
{
    /// <summary>Variables raked on when the weighted toggle is on.</summary>
    public static readonly string[] RakingVariables = ["gender", "employment"];

    /// <summary>Builds the view.</summary>
    public static async Task<DashboardView> BuildAsync(ViewContext context, ViewQuery query, CancellationToken cancellationToken)
    {
        var all = await context.SurveyDatasetsAsync(cancellationToken);
        var selection = PageSelection.Resolve(query, all);
        var latest = await context.Analytics.LatestBenchmarksAsync(cancellationToken);
        var benchmarkIds = latest.Select(b => b.Id).ToList();
        // A dataset is not compared with a benchmark promoted from itself.
        var benchmarks = latest.Where(b => b.SourceDataset()?.DatasetId != selection.Dataset?.Id).ToList();
        var slicers = PageSelection.Slicers(all, null, respondentSlicers: false).ToList();
        slicers.Add(new ViewSlicer("benchmark", L("Raken naar benchmark", "Rake to benchmark"), benchmarks.Select(b => new ViewOption(b.Id, L(b.Source, b.Source))).ToList()));
        slicers.Add(new ViewSlicer("weighted", L("Gewogen (raking)", "Weighted (raking)"), [new ViewOption("true", L("Ja: geslacht × dienstverband", "Yes: gender × employment"))]));
        var filters = new ViewFilterSet(query.Values, slicers);
        var notes = new List<LocalizedText> { context.SuppressionNote };
        if (selection.Dataset is not { } dataset)
            return new DashboardView("representativeness", context.Now, filters, [], [], notes);

        var weighted = query["weighted"] == "true";
        var reports = new List<(Core.Benchmarks.BenchmarkDefinition Benchmark, Comparisons Comparisons, RakingReport? Raking)>();
        foreach (var benchmark in benchmarks)
        {
            var raking = weighted && (query["benchmark"] is null || query["benchmark"] == benchmark.Id)
                ? new RakingRequest(RakingVariables, new RakingOptions()) : null;
            try
            {
                var report = await context.Analytics.CompareAsync(dataset, benchmark, raking, cancellationToken);
                reports.Add((benchmark, report.Raking?.Weighted ?? report.Comparisons, report.Raking));
            }
            catch (Exception ex) when (ex is RakingException or ArgumentException)
            {
                notes.Add(L($"{benchmark.Source}: niet gewogen — {ex.Message}", $"{benchmark.Source}: not weighted — {ex.Message}"));
                var report = await context.Analytics.CompareAsync(dataset, benchmark, null, cancellationToken);
                reports.Add((benchmark, report.Comparisons, null));
            }
        }
        var charts = new List<ViewChart>();
        foreach (var variable in reports.SelectMany(r => r.Comparisons.Proportions).Select(p => p.Variable).Distinct())
            charts.Add(ProportionChart(variable, context.Codebook.Variables.FirstOrDefault(v => v.Id == variable)?.Label, reports,
                benchmarkIds));
        charts.Add(Heat(reports));
        charts.AddRange(reports.Where(r => r.Raking is not null).Select(r => LovePlot(r.Benchmark, r.Raking!)));
        charts.Add(ChiSquare(reports));
        var kpis = new List<ViewKpi> { new("sample", L("Steekproef", "Sample"), context.Suppression.Count(dataset.Rows), "integer", L(dataset.Metadata.Name, dataset.Metadata.Name)) };
        kpis.AddRange(reports.Select(r => new ViewKpi($"smd-{r.Benchmark.Id}", L($"Gem. |SMD| vs {r.Benchmark.Source}", $"Mean |SMD| vs {r.Benchmark.Source}"),
            r.Comparisons.Summary.MeanAbsSmd is { } smd ? Math.Round(smd, 2) : "—", "decimal",
            L($"{r.Comparisons.Summary.VariablesBeyond02} kenmerk(en) |SMD| ≥ 0,2", $"{r.Comparisons.Summary.VariablesBeyond02} characteristic(s) |SMD| ≥ 0.2"))));
        kpis.AddRange(reports.Where(r => r.Comparisons.Summary.MaxAbsBiasPoints is not null).Select(r => new ViewKpi($"bias-{r.Benchmark.Id}",
            L($"Gem. |bias| vs {Short(r.Benchmark)} (pp)", $"Mean |bias| vs {Short(r.Benchmark)} (pp)"), Math.Round(r.Comparisons.Summary.MeanAbsBiasPoints!.Value, 1), "decimal",
            L($"max {r.Comparisons.Summary.MaxAbsBiasPoints:F1} pp; {Shares(r.Comparisons.Summary, "nl")}", $"max {r.Comparisons.Summary.MaxAbsBiasPoints:F1} pp; {Shares(r.Comparisons.Summary, "en")}"))));
        foreach (var (benchmark, _, raking) in reports.Where(r => r.Raking is not null))
            kpis.Add(new ViewKpi($"deff-{benchmark.Id}", L($"Design-effect (Kish), {benchmark.Source}", $"Design effect (Kish), {benchmark.Source}"),
                Math.Round(raking!.DesignEffect, 2), "decimal", L($"effectieve n = {raking.EffectiveN:F0}", $"effective n = {raking.EffectiveN:F0}")));
        notes.Add(L("Verschil = steekproef min benchmark; de benchmark is zelf een steekproef met bekende n (twee-proportietoets). " + RuleNl,
            "Difference = sample minus benchmark; each benchmark is itself a sample with known n (two-proportion test). " + RuleEn));
        if (weighted)
            notes.Add(L("Gewogen: standaardfouten en intervallen zijn design-based (Taylor-linearisatie na raking, als survey::svymean); verdelingen met de Rao–Scott-toets.",
                "Weighted: standard errors and intervals are design-based (Taylor linearisation after raking, as survey::svymean); distributions with the Rao–Scott test."));
        return new DashboardView("representativeness", context.Now, filters, kpis, charts, notes);
    }

    private static ViewChart ProportionChart(string variable, LocalizedText? variableLabel,
        List<(Core.Benchmarks.BenchmarkDefinition Benchmark, Comparisons Comparisons, RakingReport? Raking)> reports,
        IReadOnlyList<string> benchmarkIds)
    {
        var colours = new List<string> { EntityColours.Sample };
        var rows = reports.SelectMany(r => r.Comparisons.Proportions.Where(p => p.Variable == variable)).ToList();
        var label = variableLabel ?? rows[0].Label;
        var categories = rows.GroupBy(p => string.Join("+", p.Categories)).Select(g => (Code: g.Key, Label: CategoryLabel(g.First()))).ToList();
        var sampleRow = categories.Select(c => rows.First(p => string.Join("+", p.Categories) == c.Code)).ToList();
        var series = new List<(LocalizedText, IReadOnlyList<double?>, IReadOnlyList<double?>?, IReadOnlyList<double?>?, IReadOnlyList<object?>)>
        {
            (L("Steekproef", "Sample"), sampleRow.Select(p => p.Withheld ? null : p.SamplePercent).ToList(),
                sampleRow.Select(p => p.Withheld ? null : p.SamplePercentCi?.Lower).ToList(), sampleRow.Select(p => p.Withheld ? null : p.SamplePercentCi?.Upper).ToList(),
                sampleRow.Select(p => p.Withheld ? "<5" : (object?)Round(p.SamplePercent)).ToList()),
        };
        foreach (var (benchmark, comparisons, _) in reports)
        {
            var byCategory = categories.Select(c => comparisons.Proportions.FirstOrDefault(p => p.Variable == variable && string.Join("+", p.Categories) == c.Code)).ToList();
            if (byCategory.All(p => p?.BenchmarkPercent is null)) continue;
            colours.Add(EntityColours.Benchmark(benchmark.Id, benchmarkIds));
            series.Add((L(Short(benchmark), Short(benchmark)), byCategory.Select(p => p?.BenchmarkPercent).ToList(), null, null,
                byCategory.Select(p => p?.BenchmarkPercent is { } v ? Math.Round(v, 1) : (object?)null).ToList()));
        }
        return ChartFactory.Grouped($"compare-{variable}", label, categories, series, "%", colours: colours,
            description: L("Steekproef met 95%-interval (Wilson; gewogen: design-based ± 1,96·SE) naast elke benchmark; een lege plek is niet gemeten.",
                "Sample with 95% interval (Wilson; weighted: design-based ± 1.96·SE) beside each benchmark; an empty place was not measured."));
    }

    /// <summary>The verdict rule as the legend states it (Dutch); the same rule as <see cref="VerdictRule.Text"/>.</summary>
    public const string RuleNl =
        "Oordeel per kenmerk — vergelijkbaar: elk verschil ligt aantoonbaar binnen de equivalentiemarge (TOST, α = 0,05: het 90%-interval " +
        "van het verschil ligt binnen ±5 procentpunt, of bij een gemiddelde binnen ±0,1 SD, |SMD| < 0,1). Verschilt: de kleinste " +
        "Holm-gecorrigeerde p over de toetsen van het kenmerk is < 0,05 én de grootste |SMD| ≥ 0,1. Onbeslist: al het andere. " +
        "Niet gemeten: de benchmark heeft geen cijfer.";

    /// <summary>The verdict rule as the legend states it (English); <see cref="VerdictRule.Text"/>.</summary>
    public const string RuleEn = VerdictRule.Text;

    private static string Shares(RepresentativenessSummary summary, string lang) =>
        string.Join(", ", summary.VerdictShares.Select(s => $"{VerdictText(s.Key switch { "comparable" => Verdict.Comparable, "differs" => Verdict.Differs, _ => Verdict.Inconclusive }, lang)} {s.Value:P0}"));

    private static ViewChart LovePlot(Core.Benchmarks.BenchmarkDefinition benchmark, RakingReport raking)
    {
        var rows = raking.SmdBeforeAfter;
        string Label(SmdChange c, string lang) => c.Categories.Count == 0 ? c.Label.For(lang) : $"{c.Label.For(lang)} ({c.Variable})";
        var table = new ViewTable(
            [new("figure", L("Benchmarkcijfer", "Benchmark figure")), new("before", L("|SMD| ongewogen", "|SMD| unweighted")), new("after", L("|SMD| gewogen", "|SMD| raked"))],
            rows.Select(c => (IReadOnlyList<object?>)[Label(c, "nl"), Round(Abs(c.Before), 3), Round(Abs(c.After), 3)]).ToList());
        return ChartFactory.Custom($"love-plot-{benchmark.Id}", L($"Love plot: |SMD| ongewogen en gewogen, {Short(benchmark)}", $"Love plot: |SMD| unweighted and raked, {Short(benchmark)}"),
            lang => LovePlotFigure.Build(rows.Select(c => Label(c, lang)).ToList(),
                [(lang == "nl" ? "Ongewogen" : "Unweighted", rows.Select(c => Abs(c.Before)).ToList(), EntityColours.Sample),
                 (lang == "nl" ? "Gewogen (raking)" : "Raked", rows.Select(c => Abs(c.After)).ToList(), EntityColours.Raked)]),
            table, description: L(
                $"Gem. |SMD| {Number(raking.MeanAbsSmdBefore ?? double.NaN, "nl", 2)} → {Number(raking.MeanAbsSmdAfter ?? double.NaN, "nl", 2)}; stippellijn: 0,1 (balans).",
                $"Mean |SMD| {Number(raking.MeanAbsSmdBefore ?? double.NaN, "en", 2)} → {Number(raking.MeanAbsSmdAfter ?? double.NaN, "en", 2)}; dashed line: 0.1 (balance)."));
    }

    private static double? Abs(double? value) => value is { } v ? Math.Abs(v) : null;

    private static LocalizedText CategoryLabel(ProportionComparison p) => p.BenchmarkLabel is { } b && p.Categories.Count > 1 ? L(b, b) : p.Label;

    private static ViewChart Heat(List<(Core.Benchmarks.BenchmarkDefinition Benchmark, Comparisons Comparisons, RakingReport? Raking)> reports)
    {
        var variables = reports.SelectMany(r => r.Comparisons.Summary.Verdicts).GroupBy(v => v.Variable).Select(g => g.First()).ToList();
        var columns = reports.Select(r => Short(r.Benchmark)).ToList();
        string Cell(VariableVerdict? v, string lang) => v is null || v.Verdict == Verdict.NotMeasured ? (lang == "nl" ? "niet gemeten" : "not measured")
            : $"{(v.AbsSmd is { } s ? Number(s, lang, 2) : "—")} · {VerdictText(v.Verdict, lang)}";
        VariableVerdict? Find(int row, int col) => reports[col].Comparisons.Summary.Verdicts.FirstOrDefault(v => v.Variable == variables[row].Variable);
        var values = variables.Select((_, r) => (IReadOnlyList<double?>)columns.Select((_, c) => Find(r, c) is { Verdict: not Verdict.NotMeasured } v ? v.AbsSmd : null).ToList()).ToList();
        var table = new ViewTable([new("variable", L("Kenmerk", "Characteristic")), .. columns.Select((c, i) => new ViewColumn($"b{i}", L(c, c)))],
            variables.Select((v, r) => (IReadOnlyList<object?>)[v.Label, .. columns.Select((_, c) => (object?)Cell(Find(r, c), "nl"))]).ToList());
        return ChartFactory.Custom("smd-heat", L("Gestandaardiseerde verschillen (|SMD|) en oordeel", "Standardized differences (|SMD|) and verdict"),
            lang => HeatmapFigure.Build(variables.Select(v => v.Label.For(lang)).ToList(), columns, values,
                variables.Select((_, r) => (IReadOnlyList<string>)columns.Select((_, c) => Cell(Find(r, c), lang)).ToList()).ToList(), null, "|SMD|",
                variables.Select(v => v.Variable).ToList()),
            table, description: L("Kleur: |SMD| (< 0,1 gebalanceerd; 0,2 is Cohens ‘klein’). Het oordeel volgt de regel onder de pagina, niet de kleur: " +
                "vergelijkbaar alleen als equivalentie binnen ±5 pp / ±0,1 SD is aangetoond (TOST); verschilt bij Holm-p < 0,05 en |SMD| ≥ 0,1; anders onbeslist.",
                "Colour: |SMD| (< 0.1 balanced; 0.2 is Cohen's 'small'). The verdict follows the rule below the page, not the colour: comparable only when " +
                "equivalence within ±5 pp / ±0.1 SD is shown (TOST); differs when Holm p < 0.05 and |SMD| ≥ 0.1; otherwise inconclusive."));
    }

    private static ViewChart ChiSquare(List<(Core.Benchmarks.BenchmarkDefinition Benchmark, Comparisons Comparisons, RakingReport? Raking)> reports)
    {
        var rows = reports.SelectMany(r => r.Comparisons.Distributions.Select(d => (r.Benchmark, d))).ToList();
        var table = new ViewTable(
            [new("variable", L("Kenmerk", "Characteristic")), new("benchmark", L("Benchmark", "Benchmark")), new("chi2", L("χ²", "χ²")),
             new("df", L("df", "df")), new("p", L("p", "p")), new("v", L("Cramérs V", "Cramér's V")), new("minExpected", L("Kleinste verwachte aantal", "Minimum expected count")),
             new("pVerdict", L("p voor oordeel", "p for verdict")), new("test", L("Toets", "Test")), new("approx", L("Benadering", "Approximate")),
             new("warning", L("Waarschuwing / harmonisatie", "Warning / harmonisation"))],
            rows.Select(x => (IReadOnlyList<object?>)[x.d.Label, Short(x.Benchmark), Round(x.d.ChiSquare, 2), (object?)x.d.DegreesOfFreedom ?? Round(x.d.RaoScottDf ?? x.d.RaoScottNumeratorDf, 2), Round(x.d.PValue, 4), Round(x.d.CramersV, 3),
                Round(x.d.MinimumExpectedCount, 1), Round(x.d.VerdictPValue, 4), x.d.Test, x.d.Approximate ? "ja/yes" : "nee/no",
                string.Join(" ", new[] { x.d.Warning }.Concat(x.d.Harmonisations).OfType<string>())]).ToList());
        return ChartFactory.Custom("chi-square", L("Verdelingen: chi-kwadraattoets (2×k)", "Distributions: chi-square test (2×k)"),
            lang => HeatmapFigure.Build(rows.Select(x => $"{x.d.Label.For(lang)} · {Short(x.Benchmark)}").ToList(), [lang == "nl" ? "Cramérs V" : "Cramér's V"],
                rows.Select(x => (IReadOnlyList<double?>)[x.d.CramersV]).ToList(),
                rows.Select(x => (IReadOnlyList<string>)[x.d.RaoScottF is { } f
                    ? $"F={Number(f, lang, 2)}, df={Number(x.d.RaoScottNumeratorDf ?? double.NaN, lang, 2)}; " +
                      $"{Number(x.d.RaoScottDenominatorDf ?? double.NaN, lang, 1)}, p={Number(x.d.PValue ?? double.NaN, lang, 3)}, " +
                      $"V={Number(x.d.CramersV ?? double.NaN, lang, 2)}"
                    : x.d.ChiSquare is { } c ? $"χ²={Number(c, lang, 1)}, df={x.d.DegreesOfFreedom}, p={Number(x.d.PValue ?? double.NaN, lang, 3)}, V={Number(x.d.CramersV ?? double.NaN, lang, 2)}" : x.d.NotApplicableReason ?? "—"]).ToList(),
                null, "V"),
            table, description: L("Benchmarkaantallen zijn % × n (benadering). Bij een verwacht aantal < 5 volgt een waarschuwing en telt de Monte-Carlo-p (vaste seed); gewogen: Rao–Scott-toets; benchmark uit microdata: Rao–Scott-homogeniteitstoets (F) op beide datasets.",
                "Benchmark counts are % × n (approximate). With an expected count below 5 a warning is shown and the Monte-Carlo p (fixed seed) counts; weighted: Rao–Scott test; benchmark from microdata: Rao–Scott test of homogeneity (F) on both datasets."));
    }

    /// <summary>A short benchmark name for legends and axes ("LHV 2017"), the full source stays in the KPI cards.</summary>
    public static string Short(Core.Benchmarks.BenchmarkDefinition benchmark)
    {
        var name = benchmark.Source;
        foreach (var cut in new[] { " (", " /", " member", " survey", " study", " peiling" })
            if (name.IndexOf(cut, StringComparison.OrdinalIgnoreCase) is > 0 and var at) name = name[..at];
        return $"{name} {benchmark.SurveyYear}";
    }

    private static string VerdictText(Verdict verdict, string lang) => (verdict, lang) switch
    {
        (Verdict.Comparable, "nl") => "vergelijkbaar",
        (Verdict.Differs, "nl") => "verschilt",
        (Verdict.Inconclusive, "nl") => "onbeslist",
        (Verdict.Comparable, _) => "comparable",
        (Verdict.Differs, _) => "differs",
        (Verdict.Inconclusive, _) => "inconclusive",
        (_, "nl") => "te weinig data",
        _ => "insufficient data",
    };

    private static double? Round(double? value, int decimals = 1) => value is { } v && double.IsFinite(v) ? Math.Round(v, decimals) : null;
}
