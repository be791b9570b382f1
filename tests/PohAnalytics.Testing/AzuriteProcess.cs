using System.Diagnostics;
using System.Net.Sockets;

namespace PohAnalytics.Testing;

/// <summary>
/// A real Azurite process (blob, queue, table) on free loopback ports, started for tests: in memory by default, or on
/// disk in a folder of its own, so it can be stopped (killed, as in a crash) and restarted with its data on the same ports.
/// Azurite comes from npm into <c>scripts/node_modules</c> (<c>AZURITE_BIN</c> overrides).
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly (int Blob, int Queue, int Table) _ports;
    private readonly string? _location;
    private Process _process;

    /// <summary>Connection string for the Azure SDK clients.</summary>
    public string ConnectionString { get; }

    private AzuriteProcess(Process process, (int Blob, int Queue, int Table) ports, string? location)
    {
        _process = process;
        _ports = ports;
        _location = location;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AccountKey +
            $";BlobEndpoint=http://127.0.0.1:{ports.Blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{ports.Queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{ports.Table}/devstoreaccount1;";
    }

    /// <summary>Starts Azurite in memory and waits until its three ports accept connections.</summary>
    public static Task<AzuriteProcess> StartAsync() => StartAsync(persistent: false);

    /// <summary>
    /// Starts Azurite and waits until its ports accept connections; <paramref name="persistent"/> keeps its data in a
    /// temporary folder (deleted on dispose) so <see cref="RestartAsync"/> finds it again.
    /// </summary>
    public static async Task<AzuriteProcess> StartAsync(bool persistent)
    {
        var ports = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var location = persistent ? Directory.CreateTempSubdirectory("azurite-").FullName : null;
        var azurite = new AzuriteProcess(Launch(ports, location), ports, location);
        await azurite.WaitUntilListeningAsync();
        return azurite;
    }

    /// <summary>
    /// Stops the process: by default as an outage (SIGTERM: Azurite refuses connections and saves what it acknowledged,
    /// as a real storage account never loses an acknowledged write); with <paramref name="kill"/> at once.
    /// </summary>
    public async Task StopAsync(bool kill = false)
    {
        if (_process.HasExited) return;
        if (!kill)
        {
            using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
                return;
            }
            catch (OperationCanceledException) { }
        }
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Starts the process again on the same ports (with the same data when persistent).</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        _process.Dispose();
        _process = Launch(_ports, _location);
        await WaitUntilListeningAsync();
    }

    private static Process Launch((int Blob, int Queue, int Table) ports, string? location)
    {
        var binary = Environment.GetEnvironmentVariable("AZURITE_BIN") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepoPaths.Root, "scripts", "node_modules", ".bin", "azurite");
        if (!File.Exists(binary))
            throw new InvalidOperationException($"Azurite not found at {binary}: run 'npm ci --prefix scripts' (./test.sh does).");
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        IEnumerable<string> persistence = location is null ? ["--inMemoryPersistence"] : ["--location", location];
        foreach (var arg in new[] { "--silent" }.Concat(persistence).Concat(
                 [
                     "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl",
                     "--blobHost", "127.0.0.1", "--blobPort", ports.Blob.ToString(), "--queueHost", "127.0.0.1", "--queuePort", ports.Queue.ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", ports.Table.ToString(),
                 ]))
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in new[] { _ports.Blob, _ports.Queue, _ports.Table })
        {
            while (!await IsListeningAsync(port))
            {
                if (_process.HasExited) throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}.");
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"Azurite did not listen on port {port} within 60 s.");
                await Task.Delay(100);
            }
        }
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(kill: true);
        _process.Dispose();
        if (_location is not null)
        {
            try { Directory.Delete(_location, recursive: true); } catch (IOException) { }
        }
    }
}
