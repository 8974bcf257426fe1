using GameTime.Gateway.Protocol;

namespace GameTime.Gateway.Connection;

/// <summary>Why a connection ended and what to do next.</summary>
/// <param name="Healthy">The connection got a session going (READY or RESUMED) before it ended: no backoff needed.</param>
/// <param name="WaitBeforeIdentify">After op 9: wait a random 1-5 s before identifying again.</param>
internal sealed record ConnectionEnd(Reconnect Action, string Reason, int? CloseCode = null, bool Healthy = false, bool WaitBeforeIdentify = false);
