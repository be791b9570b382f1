using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Functions;

/// <summary>Scheduled refresh (CRON from the <c>RefreshSchedule</c> setting, hourly by default).</summary>
public sealed class RefreshTimerFunction(RefreshService refresh)
{
    /// <summary>Refreshes what is stale.</summary>
    [Function("RefreshTimer")]
    public Task Run([TimerTrigger("%RefreshSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
        => refresh.RefreshAsync("timer", force: false, cancellationToken);
}
