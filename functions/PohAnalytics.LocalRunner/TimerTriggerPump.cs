using Cronos;
using Microsoft.Azure.Functions.Worker;

namespace PohAnalytics.LocalRunner;

/// <summary>Runs timer-triggered functions on their CRON schedule (six fields with seconds, %Setting% resolved from configuration).</summary>
public sealed class TimerTriggerPump(IServiceProvider services, IConfiguration configuration, IReadOnlyList<FunctionTrigger> functions, ILogger<TimerTriggerPump> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(functions.Where(f => f.Trigger is TimerTriggerAttribute).Select(f => RunAsync(f, stoppingToken)));

    /// <summary>Resolves a schedule that names a setting (<c>%RefreshSchedule%</c>).</summary>
    public static string ResolveSchedule(string schedule, IConfiguration configuration) =>
        schedule.StartsWith('%') && schedule.EndsWith('%')
            ? configuration[schedule.Trim('%')] ?? throw new InvalidOperationException($"Setting {schedule.Trim('%')} is not set.")
            : schedule;

    private async Task RunAsync(FunctionTrigger function, CancellationToken stoppingToken)
    {
        var trigger = (TimerTriggerAttribute)function.Trigger;
        var expression = CronExpression.Parse(ResolveSchedule(trigger.Schedule, configuration), CronFormat.IncludeSeconds);
        var first = trigger.RunOnStartup;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!first)
            {
                var next = expression.GetNextOccurrence(DateTime.UtcNow);
                if (next is null) return;
                try { await Task.Delay(next.Value - DateTime.UtcNow, stoppingToken); } catch (OperationCanceledException) { return; }
            }
            first = false;
            try
            {
                using var scope = services.CreateScope();
                await FunctionInvoker.InvokeAsync(scope.ServiceProvider, function, p =>
                    p.ParameterType == typeof(TimerInfo) ? new TimerInfo()
                    : p.ParameterType == typeof(CancellationToken) ? stoppingToken
                    : throw new NotSupportedException($"Cannot bind {p.Name} of timer function {function.Name}."));
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Timer function {Function} failed", function.Name);
            }
        }
    }
}
