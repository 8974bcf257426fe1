using System.Reflection;

namespace GameTime.App.Cli;

public static class VersionInfo
{
    /// <summary>"0.1.0+abc123def456" as stamped by the build; the part after '+' is the commit.</summary>
    private static string Informational =>
        typeof(VersionInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Version => Informational.Split('+')[0];

    public static string Commit => Informational.Split('+') is [_, var commit, ..] ? commit : "unknown";

    public static string Line => $"gametime {Version} (commit {Commit}, {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier})";
}
