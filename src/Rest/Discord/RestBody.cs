using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GameTime.Rest.Discord;

/// <summary>
/// A request body kept as bytes, so each attempt (a 429 is always retried) gets fresh content:
/// JSON, or multipart with a <c>payload_json</c> part and one <c>files[n]</c> part per file.
/// </summary>
internal sealed class RestBody
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly byte[] _json;
    private readonly IReadOnlyList<FileAttachment>? _files;

    private RestBody(byte[] json, IReadOnlyList<FileAttachment>? files)
    {
        _json = json;
        _files = files;
    }

    public static RestBody Of<T>(T value, JsonTypeInfo<T> type) => new(JsonSerializer.SerializeToUtf8Bytes(value, type), null);

    /// <summary>A message body, as multipart when files come with it (its attachments then list each file).</summary>
    public static RestBody Message(JsonMessageBody body, IReadOnlyList<FileAttachment>? files)
    {
        if (files is not { Count: > 0 }) return Of(body, DiscordRestJson.Default.JsonMessageBody);
        // The caller's object is lent, not changed: its attachments are completed only for serialising.
        var given = body.Attachments;
        body.Attachments = AttachmentPlaceholders.Complete(given, files);
        try
        {
            return new(JsonSerializer.SerializeToUtf8Bytes(body, DiscordRestJson.Default.JsonMessageBody), files);
        }
        finally
        {
            body.Attachments = given;
        }
    }

    /// <summary>An interaction callback, as multipart when files come with it (they belong to its data).</summary>
    public static RestBody Callback(JsonInteractionResponse response, IReadOnlyList<FileAttachment>? files)
    {
        if (files is not { Count: > 0 }) return Of(response, DiscordRestJson.Default.JsonInteractionResponse);
        var data = response.Data;
        var completed = data ?? new JsonInteractionCallbackData();
        var given = completed.Attachments;
        completed.Attachments = AttachmentPlaceholders.Complete(given, files);
        response.Data = completed;
        try
        {
            return new(JsonSerializer.SerializeToUtf8Bytes(response, DiscordRestJson.Default.JsonInteractionResponse), files);
        }
        finally
        {
            completed.Attachments = given;
            response.Data = data;
        }
    }

    public HttpContent CreateContent()
    {
        var json = new ByteArrayContent(_json);
        json.Headers.ContentType = Json;
        if (_files is null) return json;

        var multipart = new MultipartFormDataContent();
        json.Headers.ContentDisposition = FormData("payload_json", null);
        multipart.Add(json);
        for (int n = 0; n < _files.Count; n++)
        {
            var file = _files[n];
            var part = new ReadOnlyMemoryContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            part.Headers.ContentDisposition = FormData($"files[{n}]", file.FileName);
            multipart.Add(part);
        }
        return multipart;
    }

    // Quoted as browsers send them (HttpClient leaves plain tokens unquoted); a name beyond ASCII also goes as filename*.
    private static ContentDispositionHeaderValue FormData(string name, string? fileName)
    {
        var disposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(name) };
        if (fileName is null) return disposition;
        var ascii = string.Concat(fileName.Select(c => c is < ' ' or > '~' or '"' or '\\' ? '_' : c));
        disposition.FileName = Quote(ascii);
        if (ascii != fileName) disposition.FileNameStar = fileName;
        return disposition;
    }

    private static string Quote(string value) => "\"" + value + "\"";
}
