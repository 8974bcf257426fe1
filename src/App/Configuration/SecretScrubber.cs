namespace GameTime.App.Configuration;

/// <summary>Removes every known secret value from text that is about to leave the process (logs, errors).</summary>
public static class SecretScrubber
{
    public const string Mask = "[redacted]";

    // Values shorter than this are too likely to occur by chance to be masked everywhere.
    private const int MinimumLength = 6;

    private static volatile string[] s_secrets = [];
    private static readonly Lock s_gate = new();

    public static void Register(string value)
    {
        if (value.Length < MinimumLength) return;
        lock (s_gate)
        {
            if (Array.IndexOf(s_secrets, value) >= 0) return;
            // Longest first, so a secret that contains another is masked whole.
            s_secrets = [.. s_secrets.Append(value).OrderByDescending(s => s.Length)];
        }
    }

    public static string Scrub(string text)
    {
        foreach (var secret in s_secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }
        return text;
    }
}
