using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Storage;
using PohAnalytics.Storage.Queue;

namespace PohAnalytics.LocalRunner;

/// <summary>
/// Polls the queue of each queue-triggered function and invokes it, as the Functions host does: delete on success,
/// retry after the visibility timeout on failure, and move to <c>{queue}-poison</c> after the last attempt.
/// </summary>
public sealed class QueueTriggerPump(
    IServiceProvider services, StorageClients storage, IReadOnlyList<FunctionTrigger> functions, QueueHostSettings settings,
    QueueSendSignal sent, ILogger<QueueTriggerPump> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(functions.Where(f => f.Trigger is QueueTriggerAttribute).Select(f => PumpAsync(f, stoppingToken)));

    private async Task PumpAsync(FunctionTrigger function, CancellationToken stoppingToken)
    {
        var queueName = ((QueueTriggerAttribute)function.Trigger).QueueName;
        var queue = storage.Queues.GetQueueClient(queueName);
        var poison = storage.Queues.GetQueueClient(queueName + "-poison");
        var idle = TimeSpan.FromMilliseconds(100);
        // Each message runs on its own as soon as a slot is free, so one slow message never holds back the others.
        using var slots = new SemaphoreSlim(settings.BatchSize, settings.BatchSize);
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await slots.WaitAsync(stoppingToken); } catch (OperationCanceledException) { break; }
            var free = 1;
            while (free < settings.BatchSize && slots.Wait(0)) free++;
            QueueMessage[] messages;
            try
            {
                // Renewed while a message runs; a failed message is made visible again in HandleAsync.
                messages = (await queue.ReceiveMessagesAsync(free, MessageLease.Duration, stoppingToken)).Value;
            }
            catch (OperationCanceledException) { slots.Release(free); break; }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Polling {Queue} failed", queueName);
                messages = [];
            }
            if (messages.Length < free) slots.Release(free - messages.Length);
            running.RemoveAll(t => t.IsCompleted);
            foreach (var message in messages)
                running.Add(RunAsync(message));
            if (messages.Length == 0)
            {
                // A message sent by this process (an upload, an ingestion asking for a refresh) ends the back-off at once.
                idle = await sent.WaitAsync(queueName, idle, stoppingToken)
                    ? TimeSpan.FromMilliseconds(100)
                    : TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, settings.MaxPollingInterval.Ticks));
                continue;
            }
            idle = TimeSpan.FromMilliseconds(100);
        }
        await Task.WhenAll(running);

        async Task RunAsync(QueueMessage message)
        {
            try
            {
                await Task.Yield();
                await HandleAsync(function, queueName, queue, poison, message, stoppingToken);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Handling message {MessageId} of {Queue} failed", message.MessageId, queueName);
            }
            finally
            {
                slots.Release();
            }
        }
    }

    private async Task HandleAsync(FunctionTrigger function, string queueName, Azure.Storage.Queues.QueueClient queue,
        Azure.Storage.Queues.QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        var body = message.Body.ToString();
        // The message stays invisible while it runs (renewed, as the host does), and reappears soon after a crash.
        await using var lease = new MessageLease(queue, message, MessageLease.Duration, logger);
        try
        {
            using var scope = services.CreateScope();
            await FunctionInvoker.InvokeAsync(scope.ServiceProvider, function, p =>
                p.ParameterType == typeof(string) ? body
                : p.ParameterType == typeof(BinaryData) ? message.Body
                : p.ParameterType == typeof(QueueMessage) ? message
                : p.ParameterType == typeof(CancellationToken) ? stoppingToken
                : throw new NotSupportedException($"Cannot bind {p.Name} of queue function {function.Name}."));
            await lease.StopAsync();
            await queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, CancellationToken.None);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            await lease.StopAsync();
            logger.LogError(ex, "{Function} failed on message {MessageId} (attempt {Attempt} of {Max})", function.Name, message.MessageId, message.DequeueCount, settings.MaxDequeueCount);
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await poison.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
                await poison.SendMessageAsync(body, CancellationToken.None);
                await queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, CancellationToken.None);
                logger.LogError("Message {MessageId} moved to {Queue}-poison", message.MessageId, queueName);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, lease.PopReceipt,
                    visibilityTimeout: settings.VisibilityTimeout, cancellationToken: CancellationToken.None);
            }
        }
    }
}
