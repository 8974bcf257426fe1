namespace GameTime.Gateway.Connection;

/// <summary>What survives a dropped connection: the session to resume and the last sequence seen.</summary>
internal sealed class SessionState
{
    public string? SessionId { get; private set; }
    public Uri? ResumeUrl { get; private set; }
    public long? Sequence { get; set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null && Sequence is not null;

    public void Start(string sessionId, Uri? resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
