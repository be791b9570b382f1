using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Statistics.Proportions;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Descriptives as served: every count, percentage and interval takes the mark that <see cref="DatasetDisclosure"/> gives
/// its cell for everyone, so the descriptives document and every page agree. Open categories are served as their served
/// labels (rare or personal ones pooled as "other"). Numeric summaries are withheld when fewer than threshold answered;
/// minimum and maximum are rounded outward to a multiple of <see cref="RangeStep"/>, so neither is one respondent's exact
/// value.
/// </summary>
internal static class ServedDescriptives
{
    /// <summary>Minimum and maximum are served rounded outward to a multiple of this.</summary>
    public const double RangeStep = 5;

    /// <summary>The served form of a dataset's descriptives (weighted ones hide the same cells: counts are unweighted).</summary>
    public static DatasetDescriptives Apply(DatasetDescriptives descriptives, DatasetDisclosure disclosure) =>
        descriptives with { Variables = descriptives.Variables.Select(v => Apply(v, disclosure, descriptives.Weighted)).ToList() };

    private static VariableDescription Apply(VariableDescription variable, DatasetDisclosure disclosure, bool weighted)
    {
        var everyone = RespondentSelection.Everyone;
        var threshold = disclosure.Threshold;
        // A dataset of fewer than threshold respondents serves nothing of itself.
        if (!disclosure.IsServed(everyone)) return Withheld(variable);
        if (variable.Type == VariableType.MultiResponse)
        {
            var options = variable.Categories.Select(c =>
            {
                var id = $"{variable.Variable}__{c.Code}";
                var yes = disclosure.Category(id, "yes", everyone)!.Value;
                var no = disclosure.Category(id, "no", everyone)!.Value;
                var asked = disclosure.Answered(id, everyone)!.Value;
                if (yes.IsShown && no.IsShown && asked.IsShown) return c;
                // "Ticked" is shown as "x" when only its complement ("not ticked") or the n asked is hidden.
                return Hide(c, yes.IsShown ? "x" : Mark(yes, threshold));
            }).ToList();
            var allShown = options.All(o => !o.Suppressed);
            return variable with
            {
                Categories = options,
                Mentions = allShown ? variable.Mentions : null,
                NValid = allShown ? variable.NValid : null,
                NEmpty = allShown ? variable.NEmpty : null,
                EffectiveN = allShown ? variable.EffectiveN : null,
            };
        }

        var answered = disclosure.Answered(variable.Variable, everyone)!.Value;
        var small = answered.Value is { } n && n < threshold;
        if (!answered.IsShown || small)
            return Withheld(variable, c => CategoryMark(disclosure, variable.Variable, c, threshold) ?? "x");

        var categories = disclosure.Categories(variable.Variable);
        IReadOnlyList<CategoryFrequency> cells = IsPooled(variable, categories) && !weighted
            ? categories.Select(c => Pooled(c.Code, c.Label, disclosure.Category(variable.Variable, c.Code, everyone)!.Value, answered.Value!.Value, threshold)).ToList()
            : variable.Categories.Where(c => categories.Any(s => s.Code == c.Code))
                .Select(c => CategoryMark(disclosure, variable.Variable, c.Code, threshold) is { } mark ? Hide(c, mark) : c).ToList();
        var agreement = variable.Agreement;
        if (agreement is not null && disclosure.Agree(variable.Variable, everyone) is { IsShown: false })
            agreement = new LikertAgreement(agreement.AgreeFrom, null, null, null, true);
        return variable with
        {
            Categories = cells,
            Numeric = variable.Numeric is { } numeric ? Rounded(numeric) : null,
            Agreement = agreement,
        };
    }

    private static VariableDescription Withheld(VariableDescription variable, Func<string, string>? mark = null) => variable with
    {
        NValid = null, NEmpty = null, EffectiveN = null, Suppressed = true, Mentions = null,
        Categories = variable.Categories.Select(c => Hide(c, mark?.Invoke(c.Code) ?? "x")).ToList(),
        Numeric = variable.Numeric is null ? null : Withhold(),
        Agreement = variable.Agreement is null ? null : new LikertAgreement(variable.Agreement.AgreeFrom, null, null, null, true),
    };

    private static bool IsPooled(VariableDescription variable, IReadOnlyList<(string Code, LocalizedText Label)> served) =>
        served.Any(s => s.Code == ServedCategories.OtherCode) || variable.Categories.Any(c => served.All(s => s.Code != c.Code));

    private static string? CategoryMark(DatasetDisclosure disclosure, string variable, string code, int threshold) =>
        disclosure.Categories(variable).Any(c => c.Code == code) && disclosure.Category(variable, code, RespondentSelection.Everyone) is { IsShown: false } hidden
            ? Mark(hidden, threshold)
            : disclosure.Categories(variable).Any(c => c.Code == code) ? null : "x";

    private static string Mark(ServedCount count, int threshold) => count.MarkText(threshold) ?? "x";

    private static CategoryFrequency Pooled(string code, LocalizedText label, ServedCount count, long answered, int threshold)
    {
        if (!count.IsShown) return new CategoryFrequency { Code = code, Label = label, Suppressed = true, Display = Mark(count, threshold) };
        var wilson = WilsonInterval.Compute(count.Value!.Value, answered);
        return new CategoryFrequency
        {
            Code = code, Label = label, Count = (int)count.Value.Value, N = (int)answered, Percent = wilson.Proportion * 100,
            PercentCi = DescriptivesEngine.ToPercent(wilson.Interval),
        };
    }

    private static NumericDescription Rounded(NumericDescription numeric) => numeric with
    {
        Min = numeric.Min is { } min ? Math.Floor(min / RangeStep) * RangeStep : null,
        Max = numeric.Max is { } max ? Math.Ceiling(max / RangeStep) * RangeStep : null,
    };

    private static CategoryFrequency Hide(CategoryFrequency cell, string display) =>
        cell with { Count = null, N = null, Percent = null, PercentCi = null, Suppressed = true, Display = display };

    private static NumericDescription Withhold() => new(null, null, null, null, null, null, null, true);
}
