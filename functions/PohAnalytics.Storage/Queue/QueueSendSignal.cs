using System.Collections.Concurrent;

namespace PohAnalytics.Storage.Queue;

/// <summary>
/// Tells a queue poller in the same process that a message was just sent, so it polls at once instead of after its
/// back-off (up to <c>maxPollingInterval</c>), as the Functions host does for messages its own functions send. Messages
/// from other processes are still found by polling.
/// </summary>
public sealed class QueueSendSignal
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _queues = new(StringComparer.Ordinal);

    /// <summary>Records that a message was sent to <paramref name="queueName"/>.</summary>
    public void Sent(string queueName)
    {
        var signal = Signal(queueName);
        // One pending wake-up is enough: the poller then takes every visible message.
        if (signal.CurrentCount == 0)
        {
            try { signal.Release(); } catch (SemaphoreFullException) { }
        }
    }

    /// <summary>
    /// Waits until a message is sent to <paramref name="queueName"/> or <paramref name="timeout"/> passes; true when woken.
    /// </summary>
    public async Task<bool> WaitAsync(string queueName, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await Signal(queueName).WaitAsync(timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private SemaphoreSlim Signal(string queueName) => _queues.GetOrAdd(queueName, _ => new SemaphoreSlim(0, 1));
}
