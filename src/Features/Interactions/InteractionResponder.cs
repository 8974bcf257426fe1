using GameTime.Gateway.Interactions;
using GameTime.Rest.Discord;

namespace GameTime.Features.Interactions;

/// <summary>
/// Answers one interaction the way Discord allows: exactly one initial callback within 3 seconds, then edits of
/// the original response and follow-ups. Calls are serialised, so the router's automatic defer and a handler's
/// late reply never race: a reply after a defer becomes an edit of the original, a second reply a follow-up.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "SemaphoreSlim holds no unmanaged resource unless its AvailableWaitHandle is used, which it never is here.")]
public sealed class InteractionResponder(Interaction interaction, IDiscordRest rest)
{
    public const int Ephemeral = 64;

    private const int MessageCallback = 4, DeferredMessage = 5, DeferredUpdate = 6, UpdateMessage = 7, AutocompleteResult = 8, Modal = 9;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private State _state;

    private enum State
    {
        Unanswered,
        Deferred,
        Answered,
    }

    public Interaction Interaction { get; } = interaction;

    /// <summary>
    /// Acknowledges without a visible answer yet: "thinking…" for commands and modals (ephemeral or not), a silent
    /// acknowledgement for components. Does nothing if already acknowledged.
    /// </summary>
    public Task DeferAsync(bool ephemeral, CancellationToken ct) => WithGate(async () =>
    {
        if (_state != State.Unanswered) return;
        var type = Interaction.Kind == InteractionKind.Component ? DeferredUpdate : DeferredMessage;
        await Callback(new JsonInteractionResponse
        {
            Type = type,
            Data = type == DeferredMessage && ephemeral ? new JsonInteractionCallbackData { Flags = Ephemeral } : null,
        }, null, ct);
        _state = State.Deferred;
    }, ct);

    /// <summary>
    /// Sends a message answer: the initial response, or the deferred response's content, or a follow-up.
    /// A deferred component acknowledgement is followed by a new (follow-up) message, not an edit of the component's message.
    /// </summary>
    public Task ReplyAsync(JsonMessageBody message, bool ephemeral, CancellationToken ct, IReadOnlyList<FileAttachment>? files = null) =>
        WithGate(async () =>
        {
            message.AllowedMentions ??= JsonAllowedMentions.None;
            if (ephemeral) message.Flags = (message.Flags ?? 0) | Ephemeral;
            switch (_state)
            {
                case State.Unanswered:
                    await Callback(new JsonInteractionResponse { Type = MessageCallback, Data = CallbackData(message) }, files, ct);
                    break;
                case State.Deferred when Interaction.Kind != InteractionKind.Component:
                    message.Flags = null; // fixed by the defer
                    await rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, message, files, ct);
                    break;
                default:
                    await rest.CreateFollowupAsync(Interaction.ApplicationId, Interaction.Token, message, files, ct);
                    break;
            }
            _state = State.Answered;
        }, ct);

    public Task ReplyAsync(string content, bool ephemeral, CancellationToken ct) =>
        ReplyAsync(new JsonMessageBody { Content = content }, ephemeral, ct);

    /// <summary>Components: replaces the message the component is on (type 7, or an edit of it after a deferred update).</summary>
    public Task UpdateMessageAsync(JsonMessageBody message, CancellationToken ct) => WithGate(async () =>
    {
        if (Interaction.Kind != InteractionKind.Component) throw new InvalidOperationException("only a component interaction can update its message");
        message.AllowedMentions ??= JsonAllowedMentions.None;
        if (_state == State.Unanswered)
            await Callback(new JsonInteractionResponse { Type = UpdateMessage, Data = CallbackData(message) }, null, ct);
        else
            await rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, message, null, ct);
        _state = State.Answered;
    }, ct);

    /// <summary>Autocomplete: up to 25 choices.</summary>
    public Task SuggestAsync(IReadOnlyList<JsonCommandChoice> choices, CancellationToken ct) => WithGate(async () =>
    {
        if (_state != State.Unanswered) return;
        await Callback(new JsonInteractionResponse
        {
            Type = AutocompleteResult,
            Data = new JsonInteractionCallbackData { Choices = [.. choices.Take(25)] },
        }, null, ct);
        _state = State.Answered;
    }, ct);

    /// <summary>Opens a modal; only possible as the first answer, and never in reply to a modal.</summary>
    public Task ShowModalAsync(string customId, string title, JsonComponent[] rows, CancellationToken ct) => WithGate(async () =>
    {
        if (_state != State.Unanswered) throw new InvalidOperationException("a modal must be the first answer");
        await Callback(new JsonInteractionResponse
        {
            Type = Modal,
            Data = new JsonInteractionCallbackData { CustomId = customId, Title = title, Components = rows },
        }, null, ct);
        _state = State.Answered;
    }, ct);

    private static JsonInteractionCallbackData CallbackData(JsonMessageBody m) => new()
    {
        Content = m.Content, Embeds = m.Embeds, AllowedMentions = m.AllowedMentions, Flags = m.Flags, Components = m.Components,
        Attachments = m.Attachments,
    };

    private Task Callback(JsonInteractionResponse response, IReadOnlyList<FileAttachment>? files, CancellationToken ct) =>
        rest.CreateInteractionResponseAsync(Interaction.Id, Interaction.Token, response, files, ct);

    private async Task WithGate(Func<Task> action, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await action();
        }
        finally
        {
            _gate.Release();
        }
    }
}
