using GameTime.Rest.Discord;

namespace GameTime.Features.Interactions;

/// <summary>Who may run a command. Checked by the router on every call, whatever Discord's registration says.</summary>
public enum CommandAccess
{
    Everyone,
    /// <summary>Manage Server (or Administrator) in the guild.</summary>
    Moderator,
    /// <summary>Administrator in the guild (the heavy analytics: spec §5.16 restricts /modshowcommunity to administrators).</summary>
    Administrator,
    /// <summary>The application's owner (or its team's owner).</summary>
    Owner,
}

/// <summary>
/// One slash command: what Discord is told (<see cref="Definition"/>) and how the router treats it: who may run
/// it, whether its answer is ephemeral (and so the automatic defer), and the per-member cooldown.
/// </summary>
public sealed record CommandSpec(JsonApplicationCommand Definition, CommandAccess Access, bool Ephemeral, TimeSpan Cooldown)
{
    public string Name => Definition.Name;
}
