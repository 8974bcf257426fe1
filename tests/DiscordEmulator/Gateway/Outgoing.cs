namespace GameTime.DiscordEmulator;

internal enum OutgoingKind
{
    Frame,
    Staged,
    Close,
    Corrupt,
    Drop,
}

/// <summary>
/// One thing the connection's writer does, in order: send a frame, send a staged batch of frames, close, send garbage,
/// or drop TCP.
/// </summary>
internal sealed record Outgoing(OutgoingKind Kind, string Frame = "", int CloseCode = 0, string Reason = "")
{
    /// <summary>For dispatches: the session and sequence, recorded once the frame is on the wire.</summary>
    public (string SessionId, BufferedDispatch Dispatch)? Dispatch { get; init; }

    /// <summary>The last frame of READY + GUILD_CREATEs, or RESUMED: once sent, the session counts as ready.</summary>
    public bool CompletesReady { get; init; }

    /// <summary>
    /// For <see cref="OutgoingKind.Staged"/>: dispatch frames the writer compresses as soon as it reaches them, then holds
    /// until <see cref="Release"/> completes, so that the timed part of a benchmark is delivery alone.
    /// </summary>
    public IReadOnlyList<Outgoing>? Batch { get; init; }

    public Task? Release { get; init; }

    /// <summary>For <see cref="OutgoingKind.Staged"/>: completed once the batch is compressed and waiting for its release.</summary>
    public TaskCompletionSource? Encoded { get; init; }

    /// <summary>Completed when the frame (or the whole batch) was sent, or dropped because the connection ended.</summary>
    public TaskCompletionSource? Sent { get; init; }

    public static Outgoing Text(string frame) => new(OutgoingKind.Frame, frame);

    public static Outgoing Of(string sessionId, BufferedDispatch dispatch, bool track = false) => new(OutgoingKind.Frame, dispatch.Frame)
    {
        Dispatch = (sessionId, dispatch),
        Sent = track ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null,
    };
}
