using System.Text.Json;
using GameTime.Rest.Discord;

namespace GameTime.Tests.Rest;

public class MultipartTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private static readonly byte[] Gif = "GIF89a"u8.ToArray();

    [Fact]
    public async Task Files_go_as_multipart_with_payload_json_and_files_n_and_the_attachments_filled_in()
    {
        using var h = new RestHarness();
        var body = new JsonMessageBody
        {
            Content = "bracket",
            Embeds = [new JsonEmbed { Image = new JsonEmbedMedia { Url = "attachment://bracket.png" } }],
        };

        await h.Client.CreateMessageAsync(1, body,
            [new FileAttachment("bracket.png", Png, "image/png", "The bracket"), new FileAttachment("spin.gif", Gif, "image/gif")], default);

        var request = Assert.Single(h.Discord.Requests);
        Assert.Equal("multipart/form-data", request.ContentType);
        Assert.Equal(["payload_json", "files[0]", "files[1]"], request.Parts.Select(p => p.Name));

        var payload = request.Parts[0];
        Assert.Equal("application/json", payload.ContentType);
        using var json = JsonDocument.Parse(payload.Text);
        Assert.Equal("bracket", json.RootElement.GetProperty("content").GetString());
        Assert.Equal("attachment://bracket.png", json.RootElement.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        var attachments = json.RootElement.GetProperty("attachments");
        Assert.Equal(2, attachments.GetArrayLength());
        Assert.Equal(0, attachments[0].GetProperty("id").GetInt32());
        Assert.Equal("bracket.png", attachments[0].GetProperty("filename").GetString());
        Assert.Equal("The bracket", attachments[0].GetProperty("description").GetString());
        Assert.Equal(1, attachments[1].GetProperty("id").GetInt32());
        Assert.Equal("spin.gif", attachments[1].GetProperty("filename").GetString());

        Assert.Equal(("bracket.png", "image/png"), (request.Parts[1].FileName, request.Parts[1].ContentType));
        Assert.Equal(Png, request.Parts[1].Content);
        Assert.Equal(("spin.gif", "image/gif"), (request.Parts[2].FileName, request.Parts[2].ContentType));
        Assert.Equal(Gif, request.Parts[2].Content);
        Assert.Contains("Content-Disposition: form-data; name=\"payload_json\"", request.BodyText, StringComparison.Ordinal);
        Assert.Contains("name=\"files[0]\"; filename=\"bracket.png\"", request.BodyText, StringComparison.Ordinal);
        Assert.Null(body.Attachments); // the caller's body is left as it was
    }

    [Fact]
    public async Task An_edit_keeps_the_attachments_the_caller_listed_and_adds_the_new_file()
    {
        using var h = new RestHarness();
        var body = new JsonMessageBody { Attachments = [new JsonAttachmentRef { Id = 1147300000000000000 }] };

        await h.Client.EditOriginalResponseAsync(7, RestHarness.InteractionToken, body, [new FileAttachment("new.png", Png, "image/png")], default);

        var request = Assert.Single(h.Discord.Requests);
        using var json = JsonDocument.Parse(request.Parts[0].Text);
        var attachments = json.RootElement.GetProperty("attachments");
        Assert.Equal(2, attachments.GetArrayLength());
        Assert.Equal(1147300000000000000ul, attachments[0].GetProperty("id").GetUInt64());
        Assert.Equal(0, attachments[1].GetProperty("id").GetInt32());
        Assert.Equal("new.png", attachments[1].GetProperty("filename").GetString());
    }

    [Fact]
    public async Task An_interaction_answer_with_a_file_carries_the_attachments_in_its_data()
    {
        using var h = new RestHarness();
        await h.Client.CreateInteractionResponseAsync(5, RestHarness.InteractionToken,
            new JsonInteractionResponse { Type = 4, Data = new JsonInteractionCallbackData { Content = "card" } },
            [new FileAttachment("card.png", Png, "image/png")], default);

        var request = Assert.Single(h.Discord.Requests);
        Assert.Equal(["payload_json", "files[0]"], request.Parts.Select(p => p.Name));
        using var json = JsonDocument.Parse(request.Parts[0].Text);
        Assert.Equal(4, json.RootElement.GetProperty("type").GetInt32());
        var attachment = json.RootElement.GetProperty("data").GetProperty("attachments")[0];
        Assert.Equal("card.png", attachment.GetProperty("filename").GetString());
    }

    [Fact]
    public async Task A_file_name_beyond_ASCII_is_sent_as_filename_star_too()
    {
        using var h = new RestHarness();
        await h.Client.CreateMessageAsync(1, RestHarness.Text("x"), [new FileAttachment("Résumé.png", Png, "image/png")], default);

        var request = Assert.Single(h.Discord.Requests);
        Assert.Contains("filename=\"R_sum_.png\"; filename*=utf-8''R%C3%A9sum%C3%A9.png", request.BodyText, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(request.Parts[0].Text);
        Assert.Equal("Résumé.png", json.RootElement.GetProperty("attachments")[0].GetProperty("filename").GetString());
    }

    [Fact]
    public async Task A_429_resends_the_whole_multipart_body()
    {
        using var h = new RestHarness();
        h.Discord.Script("POST", @"channels/1/messages", () => FakeDiscord.FromFixture("discord/rest/rate_limit_429_user.json"));

        await h.Clock.RunAsync(h.Client.CreateMessageAsync(1, RestHarness.Text("x"), [new FileAttachment("a.png", Png, "image/png")], default));

        var requests = h.Discord.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(Png, requests[1].Parts[1].Content);
    }
}
