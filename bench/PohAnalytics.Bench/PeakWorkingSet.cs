using System.Diagnostics;

namespace PohAnalytics.Bench;

/// <summary>Samples the process working set every 20 ms until disposed and keeps the highest value.</summary>
internal sealed class PeakWorkingSet : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public PeakWorkingSet() => _timer = new Timer(_ => Sample(), null, 0, 20);

    /// <summary>The highest working set seen, in MiB.</summary>
    public double PeakMegabytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak) / 1024.0 / 1024.0;
        }
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var now = process.WorkingSet64;
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen) { }
    }

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();
}
