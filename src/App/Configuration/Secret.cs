namespace GameTime.App.Configuration;

/// <summary>
/// A credential (bot token, API key). It never prints itself: ToString and string interpolation give
/// "[redacted]", and every value built is registered with <see cref="SecretScrubber"/> so a log line that
/// still carries it (inside an exception message, say) is scrubbed before it is written.
/// </summary>
public sealed class Secret
{
    private readonly string _value;

    public Secret(string value)
    {
        _value = value;
        SecretScrubber.Register(value);
    }

    /// <summary>The raw value, for the one place that sends it (an Authorization header).</summary>
    public string Reveal() => _value;

    public override string ToString() => SecretScrubber.Mask;
}
