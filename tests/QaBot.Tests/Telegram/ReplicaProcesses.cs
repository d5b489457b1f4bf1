using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QaBot.Tests.Telegram;

/// <summary>
/// Real <c>qabot serve</c> processes (the built qabot.dll, started with <c>dotnet</c>) in webhook mode, each on its own
/// loopback port, behind a round-robin reverse proxy on loopback — a load balancer in front of bot replicas.
/// A replica can be killed with SIGKILL and started again.
/// </summary>
internal sealed class ReplicaProcesses : IAsyncDisposable
{
    private readonly List<(string Config, int Port)> _replicas = [];
    private readonly Process?[] _processes;
    private readonly string _folder;
    private readonly WebApplication _proxy;
    private readonly HttpClient _forward = new() { Timeout = TimeSpan.FromSeconds(30) };
    private int _next;

    private ReplicaProcesses(string folder, IReadOnlyList<object> settings, WebApplication proxy)
    {
        _folder = folder;
        _proxy = proxy;
        foreach (var (setting, i) in settings.Select((s, i) => (s, i)))
        {
            var config = Path.Combine(folder, $"replica{i}.json");
            File.WriteAllText(config, JsonSerializer.Serialize(setting));
            _replicas.Add((config, 0));
        }

        _processes = new Process?[settings.Count];
    }

    /// <summary>The proxy's address: POST updates here.</summary>
    public string ProxyUrl => _proxy.Urls.First();

    /// <summary>Replica starts, kills and restarts so far.</summary>
    public int Kills { get; private set; }

    /// <summary>
    /// Starts <paramref name="count"/> replicas; <paramref name="settings"/> gets each one's listen URL and returns its
    /// configuration. Returns when every replica accepts connections.
    /// </summary>
    public static async Task<ReplicaProcesses> StartAsync(int count, Func<string, object> settings)
    {
        var folder = Directory.CreateTempSubdirectory("qabot-replicas-").FullName;
        var ports = Enumerable.Range(0, count).Select(_ => FreePort()).ToList();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var proxy = builder.Build();
        var replicas = new ReplicaProcesses(folder, [.. ports.Select(p => settings($"http://127.0.0.1:{p}"))], proxy);
        for (var i = 0; i < count; i++)
        {
            replicas._replicas[i] = (replicas._replicas[i].Config, ports[i]);
        }

        proxy.MapPost("/{**path}", (Delegate)replicas.ForwardAsync);
        await proxy.StartAsync();
        for (var i = 0; i < count; i++)
        {
            replicas.Start(i);
        }

        await Task.WhenAll(Enumerable.Range(0, count).Select(replicas.WaitListeningAsync));
        return replicas;
    }

    /// <summary>SIGKILL: no shutdown, no flushing — the process is gone mid-whatever.</summary>
    public void Kill(int replica)
    {
        _processes[replica]?.Kill(entireProcessTree: true);
        _processes[replica]?.WaitForExit();
        _processes[replica]?.Dispose();
        _processes[replica] = null;
        Kills++;
    }

    /// <summary>Starts the replica again and waits until it listens.</summary>
    public async Task RestartAsync(int replica)
    {
        Start(replica);
        await WaitListeningAsync(replica);
    }

    /// <summary>The replica's console output so far (for a failure message).</summary>
    public string Log(int replica) => File.Exists(LogPath(replica)) ? File.ReadAllText(LogPath(replica)) : "";

    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < _processes.Length; i++)
        {
            if (_processes[i] is { } process)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                process.Dispose();
            }
        }

        await _proxy.StopAsync();
        await _proxy.DisposeAsync();
        _forward.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string LogPath(int replica) => Path.Combine(_folder, $"replica{replica}.log");

    private void Start(int replica)
    {
        // The CLI's own build output (same configuration as the tests): its deps.json matches the files beside it.
        var qabot = Path.Combine(
            AppContext.BaseDirectory.Replace(Path.Combine("tests", "QaBot.Tests"), Path.Combine("src", "QaBot.Cli"), StringComparison.Ordinal), "qabot.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { qabot, "serve", "--config", _replicas[replica].Config },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        var process = Process.Start(start)!;
        var log = new StreamWriter(LogPath(replica), append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes[replica] = process;
    }

    private async Task WaitListeningAsync(int replica)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_processes[replica] is { HasExited: true })
            {
                throw new InvalidOperationException($"replica {replica} exited at start:\n{Log(replica)}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, _replicas[replica].Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"replica {replica} did not listen within 120 s:\n{Log(replica)}");
    }

    /// <summary>Round robin; a replica that is down answers 502, as a load balancer would before its health check notices.</summary>
    private async Task<IResult> ForwardAsync(HttpContext http)
    {
        var replica = (int)((uint)Interlocked.Increment(ref _next) % (uint)_replicas.Count);
        using var body = new StreamContent(http.Request.Body);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{_replicas[replica].Port}{http.Request.Path}") { Content = body };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", http.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString());
        try
        {
            using var response = await _forward.SendAsync(request, http.RequestAborted);
            return Results.StatusCode((int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            return Results.StatusCode(502);
        }
    }
}
