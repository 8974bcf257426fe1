namespace GameTime.Features.Activity;

/// <summary>What one voice-state update changed in the tracked channels, as recorded (sessions and the event row).</summary>
public enum VoiceTransitionKind : byte
{
    /// <summary>Nothing to record: a bot, untracked channels only, a mute or deafen, or a repeat of what is known.</summary>
    None,
    Join,
    Leave,
    Move,
}

/// <summary>
/// The outcome of <see cref="VoiceActivityRecorder.Record"/>: <see cref="From"/> is the tracked channel whose session
/// was closed, <see cref="To"/> the tracked channel whose session was opened (either may be null).
/// <see cref="LeftVoice"/>: the member is in no voice channel at all now (not merely outside the tracked ones).
/// </summary>
public readonly record struct VoiceTransition(VoiceTransitionKind Kind, ulong? From, ulong? To, bool LeftVoice)
{
    public static VoiceTransition None { get; } = new(VoiceTransitionKind.None, null, null, false);
}

/// <summary>A member seen in a voice channel in a snapshot (GUILD_CREATE voice states); bots already left out.</summary>
public readonly record struct VoicePresence(ulong UserId, ulong ChannelId, string? DisplayName);

/// <summary>A voice session still open in the database.</summary>
public readonly record struct OpenVoiceSession(long SessionId, ulong UserId, ulong ChannelId, long StartedAtMs);

/// <summary>What a reconciliation did: sessions closed as 'reconciled', opened for members found in voice, and left open.</summary>
public readonly record struct VoiceReconciliation(int Closed, int Opened, int Kept);
