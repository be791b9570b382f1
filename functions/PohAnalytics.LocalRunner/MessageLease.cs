using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace PohAnalytics.LocalRunner;

/// <summary>
/// Keeps a received queue message invisible while its function runs by renewing its visibility, as the Functions host
/// does; a crash of the runner or of storage then delays a retry by at most <see cref="Duration"/>.
/// </summary>
internal sealed class MessageLease : IAsyncDisposable
{
    /// <summary>How long a message stays invisible without renewal.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private readonly QueueClient _queue;
    private readonly QueueMessage _message;
    private readonly TimeSpan _duration;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;
    private string _popReceipt;

    public MessageLease(QueueClient queue, QueueMessage message, TimeSpan duration, ILogger logger)
    {
        _queue = queue;
        _message = message;
        _duration = duration;
        _logger = logger;
        _popReceipt = message.PopReceipt;
        _renewing = RenewAsync();
    }

    /// <summary>The latest pop receipt (each renewal issues a new one).</summary>
    public string PopReceipt => Volatile.Read(ref _popReceipt);

    /// <summary>Stops renewing; the message keeps its current visibility.</summary>
    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync();
        await _renewing;
    }

    private async Task RenewAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_duration / 3, _stop.Token);
                var receipt = await _queue.UpdateMessageAsync(
                    _message.MessageId, PopReceipt, visibilityTimeout: _duration, cancellationToken: _stop.Token);
                Volatile.Write(ref _popReceipt, receipt.Value.PopReceipt);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Renewing message {MessageId} failed; it may be processed again", _message.MessageId);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}
