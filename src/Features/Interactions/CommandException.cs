namespace GameTime.Features.Interactions;

/// <summary>
/// A command cannot do what was asked because of the member's input or the guild's state ("that is not a
/// timezone", "no schedule channel set"). The router shows the message to the member, ephemerally; nothing is logged as an error.
/// </summary>
public sealed class CommandException(string message) : Exception(message);
