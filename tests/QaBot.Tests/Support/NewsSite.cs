using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QaBot.Tests.Support;

/// <summary>What the site answers at one path.</summary>
public sealed record SiteResource(byte[] Body, string ContentType = "text/html; charset=utf-8", int Status = 200)
{
    /// <summary>Sent as ETag; a request with a matching If-None-Match gets 304.</summary>
    public string? ETag { get; init; }

    /// <summary>Answer with a redirect to this path instead.</summary>
    public string? RedirectTo { get; init; }

    /// <summary>Never answer (until the client gives up).</summary>
    public bool Hang { get; init; }

    /// <summary>A UTF-8 text resource.</summary>
    public static SiteResource Text(string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        new(Encoding.UTF8.GetBytes(body), contentType, status);
}

/// <summary>One request the site received.</summary>
public sealed record SiteRequest(string Path, string? IfNoneMatch, string? UserAgent);

/// <summary>
/// A real news site on 127.0.0.1 (Kestrel, random port) for ingestion tests: each test puts feeds, article pages
/// wrapped in site chrome, errors, slow and huge pages at paths; every request is recorded.
/// </summary>
public sealed class NewsSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, SiteResource> _resources = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SiteRequest> _requests = new();

    private NewsSite(WebApplication app) => _app = app;

    /// <summary>The site's root, e.g. http://127.0.0.1:5123/.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>Requests received so far, in order.</summary>
    public IReadOnlyList<SiteRequest> Requests => [.. _requests];

    /// <summary>Signalled when a request for a hanging resource arrives.</summary>
    public SemaphoreSlim HangingRequests { get; } = new(0);

    /// <summary>Starts the site.</summary>
    public static async Task<NewsSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new NewsSite(app);
        app.Run(site.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.Root = new Uri(address.TrimEnd('/') + "/");
        return site;
    }

    /// <summary>The absolute address of <paramref name="path"/>.</summary>
    public Uri Url(string path) => new(Root, path.TrimStart('/'));

    /// <summary>Serves <paramref name="resource"/> at <paramref name="path"/> (replacing what was there).</summary>
    public NewsSite Put(string path, SiteResource resource)
    {
        _resources["/" + path.TrimStart('/')] = resource;
        return this;
    }

    /// <summary>Requests for <paramref name="path"/> so far.</summary>
    public int Hits(string path) => Requests.Count(r => r.Path == "/" + path.TrimStart('/'));

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
        HangingRequests.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue(new SiteRequest(path, context.Request.Headers.IfNoneMatch.FirstOrDefault(), context.Request.Headers.UserAgent.FirstOrDefault()));
        if (!_resources.TryGetValue(path, out var resource))
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("<html><body><h1>Not found</h1></body></html>");
            return;
        }

        if (resource.Hang)
        {
            HangingRequests.Release();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (resource.RedirectTo is { } target)
        {
            context.Response.Redirect(new Uri(Root, target.TrimStart('/')).ToString());
            return;
        }

        if (resource.ETag is { } etag)
        {
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.Contains(etag))
            {
                context.Response.StatusCode = (int)HttpStatusCode.NotModified;
                return;
            }
        }

        context.Response.StatusCode = resource.Status;
        context.Response.ContentType = resource.ContentType;
        await context.Response.Body.WriteAsync(resource.Body);
    }
}
