using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace QaBot.Tests.Telegram;

/// <summary>Files: a user sends a document; the bot reads it with getFile and a download from /file/bot{token}/{path}.</summary>
internal sealed partial class FakeBotApi
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>A user sends a file as a document (with an optional caption). Returns the message id.</summary>
    public int SendDocument(long chatId, long userId, string fileName, byte[] bytes, string mimeType, string? caption = null)
    {
        var fileId = $"doc-{Guid.NewGuid():N}";
        _files[fileId] = bytes;
        var content = new JsonObject
        {
            ["document"] = new JsonObject
            {
                ["file_id"] = fileId,
                ["file_unique_id"] = fileId[..12],
                ["file_name"] = fileName,
                ["mime_type"] = mimeType,
                ["file_size"] = bytes.Length,
            },
        };
        if (caption is not null)
        {
            content["caption"] = caption;
        }

        return SendNonText(chatId, userId, content);
    }

    private (JsonNode? Result, (int, string, int?)? Error) GetFile(JsonObject body)
    {
        var fileId = (string?)body["file_id"] ?? "";
        return _files.TryGetValue(fileId, out var bytes)
            ? (new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = fileId[..Math.Min(12, fileId.Length)], ["file_size"] = bytes.Length, ["file_path"] = $"documents/{fileId}" }, null)
            : (null, (400, "Bad Request: invalid file_id", null));
    }

    private async Task DownloadAsync(HttpContext http, string token, string path)
    {
        var fileId = path.StartsWith("documents/", StringComparison.Ordinal) ? path["documents/".Length..] : path;
        if (token != Token || !_files.TryGetValue(fileId, out var bytes))
        {
            http.Response.StatusCode = 404;
            return;
        }

        http.Response.ContentType = "application/octet-stream";
        await http.Response.Body.WriteAsync(bytes);
    }
}
