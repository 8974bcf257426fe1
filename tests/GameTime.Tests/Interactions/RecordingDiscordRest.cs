using System.Threading.Channels;
using GameTime.Rest.Discord;
using GameTime.Tests.Rest;

namespace GameTime.Tests.Interactions;

/// <summary>An IDiscordRest that records the messages, interaction answers and bulk overwrites it is asked for, and answers like Discord would.</summary>
internal sealed class RecordingDiscordRest : UnsupportedDiscordRest
{
    private readonly Channel<string> _calls = Channel.CreateUnbounded<string>();
    private ulong _nextMessageId = 5000;

    public List<(ulong ChannelId, JsonMessageBody Body)> Messages { get; } = [];
    public List<JsonInteractionResponse> Callbacks { get; } = [];
    public List<JsonMessageBody> OriginalEdits { get; } = [];
    public List<JsonMessageBody> Followups { get; } = [];
    public List<(ulong GuildId, int Count)> Overwrites { get; } = [];
    public ulong OwnerId { get; set; } = 42;
    /// <summary>Completes a callback only when released (a slow network), if set.</summary>
    public TaskCompletionSource? CallbackGate { get; set; }
    /// <summary>When set, creating a message fails like Discord refusing it (missing access).</summary>
    public bool FailMessages { get; set; }

    /// <summary>The next call's name ("callback 4", "edit", "followup", "overwrite"), within 10 s.</summary>
    public async Task<string> NextCall()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _calls.Reader.ReadAsync(timeout.Token);
    }

    public bool HasPendingCall => _calls.Reader.TryPeek(out _);

    public override Task<JsonMessage> CreateMessageAsync(ulong channelId, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        if (FailMessages) throw new DiscordApiException(System.Net.HttpStatusCode.Forbidden, 50001, "Missing Access", "POST /channels/{channel.id}/messages");
        lock (Messages) Messages.Add((channelId, body));
        return Task.FromResult(new JsonMessage { Id = Interlocked.Increment(ref _nextMessageId), ChannelId = channelId, Content = body.Content ?? "" });
    }

    public override async Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, JsonInteractionResponse response,
        IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        if (CallbackGate is { } gate) await gate.Task;
        lock (Callbacks) Callbacks.Add(response);
        _calls.Writer.TryWrite($"callback {response.Type}");
    }

    public override Task<JsonMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, JsonMessageBody body,
        IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        lock (OriginalEdits) OriginalEdits.Add(body);
        _calls.Writer.TryWrite("edit");
        return Task.FromResult(new JsonMessage { Content = body.Content ?? "" });
    }

    public override Task<JsonMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, JsonMessageBody body,
        IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        lock (Followups) Followups.Add(body);
        _calls.Writer.TryWrite("followup");
        return Task.FromResult(new JsonMessage { Content = body.Content ?? "" });
    }

    public override Task<JsonApplicationCommand[]> BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<JsonApplicationCommand> commands,
        CancellationToken ct) => Overwrite(0, commands);

    public override Task<JsonApplicationCommand[]> BulkOverwriteGuildCommandsAsync(ulong applicationId, ulong guildId,
        IReadOnlyList<JsonApplicationCommand> commands, CancellationToken ct) => Overwrite(guildId, commands);

    private Task<JsonApplicationCommand[]> Overwrite(ulong guildId, IReadOnlyList<JsonApplicationCommand> commands)
    {
        Overwrites.Add((guildId, commands.Count));
        _calls.Writer.TryWrite("overwrite");
        return Task.FromResult(commands.ToArray());
    }

    public override Task<JsonRestApplication> GetCurrentApplicationAsync(CancellationToken ct) =>
        Task.FromResult(new JsonRestApplication { Id = 1, Name = "GameTime", Owner = new JsonRestUser { Id = OwnerId } });
}
