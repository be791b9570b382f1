using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Presentation.Views;

/// <summary>One dashboard page as JSON (the contract in dashboard/README.md): slicers, KPI cards, charts, notes.</summary>
/// <param name="Page">Page id.</param>
/// <param name="GeneratedAt">When it was computed.</param>
/// <param name="Filters">Applied and available slicers.</param>
/// <param name="Kpis">KPI cards.</param>
/// <param name="Charts">Chart cards.</param>
/// <param name="Notes">Notes under the charts (the suppression statement among them).</param>
public sealed record DashboardView(string Page, DateTimeOffset GeneratedAt, ViewFilterSet Filters, IReadOnlyList<ViewKpi> Kpis,
    IReadOnlyList<ViewChart> Charts, IReadOnlyList<LocalizedText> Notes);
