using System.Net.WebSockets;

namespace GameTime.DiscordEmulator;

/// <summary>The connection's single writer: frames go out in the order they were queued.</summary>
internal sealed partial class GatewayConnection
{
    private async Task WriteLoopAsync()
    {
        try
        {
            while (true)
            {
                if (encoder.HasHeldTail && !await MoreSoonAsync().ConfigureAwait(false))
                {
                    await SendAsync(encoder.TakeHeldTail()!.Value).ConfigureAwait(false);
                    continue;
                }
                if (!await outbox.Reader.WaitToReadAsync(lifetime.Token).ConfigureAwait(false))
                {
                    return;
                }
                while (outbox.Reader.TryRead(out var item))
                {
                    if (!await WriteAsync(item).ConfigureAwait(false))
                    {
                        return;
                    }
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket went away under us; the reader notices and ends the connection.
        }
        finally
        {
            outbox.Writer.TryComplete();
            while (outbox.Reader.TryRead(out var left))
            {
                left.Encoded?.TrySetResult();
                left.Sent?.TrySetResult();
            }
        }
    }

    /// <summary>Writes one item; false when the connection is finished (closed or dropped).</summary>
    private async Task<bool> WriteAsync(Outgoing item)
    {
        try
        {
            switch (item.Kind)
            {
                case OutgoingKind.Frame:
                    await SendFrameAsync(item, encoder.Encode(item.Frame, item.Dispatch is not null)).ConfigureAwait(false);
                    return true;
                case OutgoingKind.Staged:
                    await SendStagedAsync(item).ConfigureAwait(false);
                    return true;
                case OutgoingKind.Corrupt:
                    await FlushHeldTailAsync().ConfigureAwait(false);
                    await SendAsync(FrameEncoder.Corrupt()).ConfigureAwait(false);
                    return true;
                case OutgoingKind.Close:
                    await FlushHeldTailAsync().ConfigureAwait(false);
                    await CloseOutputAsync(item.CloseCode, item.Reason).ConfigureAwait(false);
                    return false;
                default:
                    Abort();
                    return false;
            }
        }
        finally
        {
            item.Encoded?.TrySetResult();
            item.Sent?.TrySetResult();
        }
    }

    /// <summary>Sends one frame's messages and records the dispatch once it is on the wire.</summary>
    private async Task SendFrameAsync(Outgoing item, IReadOnlyList<WireMessage> messages)
    {
        bool sent = true;
        foreach (var message in messages)
        {
            sent &= await SendAsync(message).ConfigureAwait(false);
        }
        if (sent && item.Dispatch is var (sessionId, dispatch))
        {
            hub.Records.AddDispatched(sessionId, dispatch.Seq, dispatch.Event);
            if (item.CompletesReady)
            {
                hub.Records.AddReady(sessionId);
            }
        }
    }

    /// <summary>Compresses a staged batch now (in stream order: this writer is the connection's only encoder), then sends it once released.</summary>
    private async Task SendStagedAsync(Outgoing staged)
    {
        var batch = staged.Batch!;
        var encoded = new IReadOnlyList<WireMessage>[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            encoded[i] = encoder.Encode(batch[i].Frame, isDispatch: true);
        }
        staged.Encoded?.TrySetResult();
        await staged.Release!.WaitAsync(lifetime.Token).ConfigureAwait(false);
        for (int i = 0; i < batch.Count; i++)
        {
            await SendFrameAsync(batch[i], encoded[i]).ConfigureAwait(false);
        }
    }

    private async Task CloseOutputAsync(int code, string reason)
    {
        await sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (closeSent)
            {
                return;
            }
            closeSent = true;
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
        // Like Discord, drop the TCP connection if the client does not answer the close frame.
        _ = Task.Delay(CloseHandshakeTimeout, lifetime.Token).ContinueWith(
            t => { if (!t.IsCanceled) { Abort(); } }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task FlushHeldTailAsync()
    {
        if (encoder.TakeHeldTail() is { } tail)
        {
            await SendAsync(tail).ConfigureAwait(false);
        }
    }

    /// <summary>In Join mode: whether another item arrives soon enough to carry the held tail.</summary>
    private async Task<bool> MoreSoonAsync()
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
        wait.CancelAfter(JoinIdle);
        try
        {
            return await outbox.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!lifetime.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Sends one message; false when a close frame already went out (nothing may follow it).</summary>
    private async Task<bool> SendAsync(WireMessage message)
    {
        await sendLock.WaitAsync(lifetime.Token).ConfigureAwait(false);
        try
        {
            if (closeSent)
            {
                return false;
            }
            var type = message.Binary ? WebSocketMessageType.Binary : WebSocketMessageType.Text;
            await socket.SendAsync(message.Bytes, type, endOfMessage: true, lifetime.Token).ConfigureAwait(false);
            return true;
        }
        finally
        {
            sendLock.Release();
        }
    }

    private void Abort()
    {
        closing = true;
        context.Abort();
        socket.Abort();
    }
}
