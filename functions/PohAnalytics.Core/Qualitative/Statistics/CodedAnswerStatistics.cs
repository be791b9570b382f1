using System.Globalization;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Qualitative.CodeLists;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>
/// Frequencies of coded answers — per code, per theme, by respondent group — with the report's rule that codes under
/// 5% of mentions are not shown and small-cell suppression (with complementary suppression within each row).
/// </summary>
public sealed class CodedAnswerStatistics(SuppressionSettings suppression)
{
    /// <summary>Share of a group's mentions under which the report leaves a code out (Table 4.1a: 5%).</summary>
    public const double ReportingShare = 0.05;

    /// <summary>Group code of everyone when no attribute is given.</summary>
    public const string AllGroup = "all";

    private readonly SuppressionRule _rule = SuppressionRule.Of(suppression);

    /// <summary>
    /// Per group of an attribute (or everyone when <paramref name="attributeId"/> is null), per code: mentions and their
    /// share of the group's mentions, respondents who named it and their share of the group's respondents.
    /// A code is suppressed (both counts) when 1 to threshold − 1 respondents named it.
    /// </summary>
    public CodeFrequencyTable CodeFrequencies(CodedAnswerTable table, string? attributeId = null)
    {
        var codeList = table.CodeList;
        var groups = Groups(table, attributeId).Select(group =>
        {
            var respondents = group.Members;
            var mentions = respondents.SelectMany(r => r.Mentions).ToList();
            var codes = codeList.Codes.ToList();
            var mentionCounts = codes.Select(c => (long)mentions.Count(m => m.Code == c.Code.Code)).ToList();
            var respondentCounts = codes.Select(c => (long)respondents.Count(r => r.Mentions.Any(m => m.Code == c.Code.Code))).ToList();
            var (hidden, primary, totalHidden) = RowProtection.Apply(respondentCounts, suppression.Threshold);
            var frequencies = codes.Select((c, i) => new CodeFrequency(c.Theme.Code, c.Code.Code, c.Code.Label,
                    Cell(mentionCounts[i], mentions.Count, hidden[i], primary[i]),
                    Cell(respondentCounts[i], respondents.Count, hidden[i], primary[i]),
                    mentions.Count == 0 || mentionCounts[i] / (double)mentions.Count < ReportingShare))
                .Select((f, i) => (f, i))
                .OrderByDescending(x => mentionCounts[x.i]).ThenBy(x => x.i)
                .Select(x => x.f).ToList();
            var groupSize = GroupCell(respondents.Count);
            return new GroupCodeFrequencies(group.Code, group.Label, groupSize, mentions.Count, frequencies,
                groupSize.Suppressed || totalHidden ? null : TotalLine(codeList, mentions.Count, respondents.Count, group.Label));
        }).ToList();
        var label = attributeId is null ? new LocalizedText("Alle respondenten", "All respondents") : codeList.Attribute(attributeId).Label;
        return new CodeFrequencyTable(codeList.Id, attributeId, label, ReportingShare, groups, _rule);
    }

    /// <summary>
    /// Per main theme: distinct interviewee records that raised it and, per sub-theme raised, how many. Counts of
    /// 1 to threshold − 1 are suppressed, with complementary suppression among the sub-themes of a theme.
    /// </summary>
    public ThemeOverview Themes(CodedAnswerTable table)
    {
        var all = table.Respondents;
        var themes = table.CodeList.Themes.Select(theme =>
        {
            var raised = theme.Codes.Select(code => (code, Count: (long)all.Count(r => r.Mentions.Any(m => m.Code == code.Code))))
                .Where(x => x.Count > 0).ToList();
            var cells = RowCells(raised.Select(x => x.Count).ToList(), raised.Select(_ => (long)all.Count).ToList(), out var totalHidden);
            var total = all.Count(r => r.Mentions.Any(m => m.Theme == theme.Code));
            return new ThemeSummary(theme.Code, theme.Label, TotalCell(total, all.Count, totalHidden),
                raised.Select((x, i) => new SubThemeCount(x.code.Code, x.code.Label, cells[i])).ToList());
        }).ToList();
        return new ThemeOverview(table.CodeList.Id, all.Count, themes, _rule);
    }

    /// <summary>
    /// Main themes × the groups of a perspective attribute: interviewee records per cell that raised the theme and
    /// their share of the group. Cells of 1 to threshold − 1 are suppressed with complementary suppression in the row.
    /// </summary>
    public ThemePerspectiveMatrix ThemesByPerspective(CodedAnswerTable table, string attributeId)
    {
        var attribute = table.CodeList.Attribute(attributeId);
        var groups = Groups(table, attributeId);
        var rows = table.CodeList.Themes.Select(theme =>
        {
            var counts = groups.Select(g => (long)g.Members.Count(r => r.Mentions.Any(m => m.Theme == theme.Code))).ToList();
            var cells = RowCells(counts, groups.Select(g => (long)g.Members.Count).ToList(), out var totalHidden);
            var total = table.Respondents.Count(r => r.Attributes[attributeId].Count > 0 && r.Mentions.Any(m => m.Theme == theme.Code));
            return new ThemePerspectiveRow(theme.Code, theme.Label, TotalCell(total, null, totalHidden), cells);
        }).ToList();
        return new ThemePerspectiveMatrix(table.CodeList.Id, attributeId, attribute.Label,
            groups.Select(g => new PerspectiveGroup(g.Code, g.Label, GroupCell(g.Members.Count))).ToList(), rows, _rule);
    }

    private static List<(string Code, LocalizedText Label, List<CodedRespondent> Members)> Groups(CodedAnswerTable table, string? attributeId)
    {
        if (attributeId is null)
            return [(AllGroup, new LocalizedText("Alle respondenten", "All respondents"), table.Respondents.ToList())];
        var attribute = table.CodeList.Attribute(attributeId);
        // Listed categories always (an empty one is a real zero); open values as they occur in the data.
        var open = table.Respondents.SelectMany(r => r.Attributes[attributeId])
            .Where(v => attribute.Category(v) is null).Distinct(StringComparer.Ordinal);
        return attribute.Categories.Select(c => c.Code).Concat(open)
            .Select(code => (Code: code, Label: attribute.LabelOf(code), Members: table.Respondents.Where(r => r.IsIn(attributeId, code)).ToList()))
            .ToList();
    }

    private IReadOnlyList<CountCell> RowCells(IReadOnlyList<long> counts, IReadOnlyList<long> denominators, out bool totalHidden)
    {
        var (hidden, primary, total) = RowProtection.Apply(counts, suppression.Threshold);
        totalHidden = total;
        return counts.Select((n, i) => Cell(n, denominators[i], hidden[i], primary[i])).ToList();
    }

    private CountCell Cell(long count, long denominator, bool hidden, bool primary) => hidden
        ? new CountCell(null, primary ? suppression.Count(count).ToString()! : CountCell.ComplementaryMarker, null, true)
        : new CountCell(count, Format(count), denominator > 0 ? count / (double)denominator : null, false);

    private CountCell GroupCell(long count) => Cell(count, 0, count > 0 && count < suppression.Threshold, primary: true);

    private CountCell TotalCell(long count, long? denominator, bool hidden) => hidden
        ? Cell(count, 0, hidden: true, primary: count < suppression.Threshold)
        : Cell(count, denominator ?? 0, hidden: count > 0 && count < suppression.Threshold, primary: true);

    private static LocalizedText? TotalLine(CodeListDefinition codeList, long mentions, long respondents, LocalizedText group) =>
        codeList.TotalLine is { } line
            ? new LocalizedText(Fill(line.Nl, mentions, respondents, group.Nl), Fill(line.En, mentions, respondents, group.En))
            : null;

    private static string Fill(string template, long mentions, long respondents, string group) => template
        .Replace("{mentions}", Format(mentions), StringComparison.Ordinal)
        .Replace("{respondents}", Format(respondents), StringComparison.Ordinal)
        .Replace("{group}", group, StringComparison.Ordinal);

    private static string Format(long n) => n.ToString(CultureInfo.InvariantCulture);
}
