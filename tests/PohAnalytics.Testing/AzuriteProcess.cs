using System.Diagnostics;
using System.Net.Sockets;

namespace PohAnalytics.Testing;

/// <summary>
/// A real Azurite process (blob, queue, table) on free loopback ports with in-memory persistence, started for tests.
/// Azurite comes from npm into <c>scripts/node_modules</c> (<c>AZURITE_BIN</c> overrides).
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process _process;

    /// <summary>Connection string for the Azure SDK clients.</summary>
    public string ConnectionString { get; }

    private AzuriteProcess(Process process, int blob, int queue, int table)
    {
        _process = process;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AccountKey +
            $";BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
    }

    /// <summary>Starts Azurite and waits until its three ports accept connections.</summary>
    public static async Task<AzuriteProcess> StartAsync()
    {
        var binary = Environment.GetEnvironmentVariable("AZURITE_BIN") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepoPaths.Root, "scripts", "node_modules", ".bin", "azurite");
        if (!File.Exists(binary))
            throw new InvalidOperationException($"Azurite not found at {binary}: run 'npm ci --prefix scripts' (./test.sh does).");
        var (blob, queue, table) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[]
                 {
                     "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl",
                     "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(), "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", table.ToString(),
                 })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, blob, queue, table);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in new[] { blob, queue, table })
        {
            while (!await IsListeningAsync(port))
            {
                if (process.HasExited) throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}.");
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"Azurite did not listen on port {port} within 60 s.");
                await Task.Delay(100);
            }
        }
        return azurite;
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
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
