namespace PohAnalytics.Testing;

/// <summary>Polls until an asynchronous condition yields a value (background processing in integration tests).</summary>
public static class Eventually
{
    /// <summary>Returns the first non-null result of <paramref name="probe"/>, or throws after <paramref name="timeout"/> (60 s).</summary>
    public static async Task<T> Get<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null) where T : struct
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what} did not happen within {(timeout ?? TimeSpan.FromSeconds(60)).TotalSeconds} s.");
            await Task.Delay(200);
        }
    }
}
