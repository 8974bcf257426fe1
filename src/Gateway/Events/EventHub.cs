using System.Threading.Channels;
using GameTime.Gateway.Protocol;
using Microsoft.Extensions.Logging;

namespace GameTime.Gateway.Events;

/// <summary>
/// Hands gateway events to the features. The reader only enqueues; one dispatcher task calls the handlers in
/// event order, so a slow handler never delays the socket or its heartbeats, and a throwing handler is
/// logged and never kills the connection.
/// </summary>
public sealed partial class EventHub(ILogger<EventHub> log)
{
    private readonly Dictionary<Type, List<Func<object, CancellationToken, Task>>> _handlers = [];
    private readonly bool[] _wanted = new bool[Enum.GetValues<DispatchEvent>().Length];
    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Subscribes a handler. Subscribe everything before the gateway starts.</summary>
    public void On<T>(Func<T, CancellationToken, Task> handler) where T : class, IGatewayEvent
    {
        if (!_handlers.TryGetValue(typeof(T), out var list)) _handlers[typeof(T)] = list = [];
        list.Add((e, ct) => handler((T)e, ct));
        foreach (var source in T.Sources) _wanted[(int)source] = true;
    }

    /// <summary>
    /// Subscribes a handler that runs on the gateway reader itself, before queued events, for events with a deadline
    /// (an interaction must be answered within 3 s, whatever the queue holds). It must not block: start work and return.
    /// </summary>
    public void OnArrival<T>(Action<T> handler) where T : class, IGatewayEvent
    {
        if (!_arrival.TryGetValue(typeof(T), out var list)) _arrival[typeof(T)] = list = [];
        list.Add(e => handler((T)e));
        foreach (var source in T.Sources) _wanted[(int)source] = true;
    }

    private readonly Dictionary<Type, List<Action<object>>> _arrival = [];

    /// <summary>Whether anyone listens to events built from this dispatch.</summary>
    public bool Wants(DispatchEvent dispatch) => _wanted[(int)dispatch];

    public bool HasHandlers<T>() where T : IGatewayEvent => _handlers.ContainsKey(typeof(T));

    /// <summary>Called by the gateway reader; never blocks.</summary>
    public void Publish<T>(T e) where T : class, IGatewayEvent
    {
        if (_arrival.TryGetValue(typeof(T), out var immediate))
        {
            foreach (var handler in immediate)
            {
                try
                {
                    handler(e);
                }
                catch (Exception ex)
                {
                    LogHandlerFailed(typeof(T).Name, ex);
                }
            }
        }
        if (!_handlers.ContainsKey(typeof(T))) return;
        Interlocked.Increment(ref _backlog);
        _queue.Writer.TryWrite(e);
    }

    private int _backlog;

    /// <summary>Events published whose handlers have not all finished yet.</summary>
    public int Backlog => Volatile.Read(ref _backlog);

    /// <summary>Runs the handlers until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var e in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var handler in _handlers[e.GetType()])
                {
                    try
                    {
                        await handler(e, cancellationToken);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }
                    catch (Exception ex)
                    {
                        LogHandlerFailed(e.GetType().Name, ex);
                    }
                }
                Interlocked.Decrement(ref _backlog);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "a handler of {Event} failed")]
    private partial void LogHandlerFailed(string @event, Exception exception);
}
