using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace QuantumDsl.Client.Tests.Support;

/// <summary>One log call as the logger received it: category, level, event, rendered message and structured values.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)
{
    public object? this[string name] => State.FirstOrDefault(kv => kv.Key == name).Value;

    /// <summary>The message and every structured value, as text (to look for things that must never be logged).</summary>
    public string AllText => Message + " " + string.Join(" ", State.Select(kv => kv.Key + "=" + kv.Value));
}

/// <summary>A logger provider that keeps every entry at every level (thread-safe), for asserting what a client logs.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public IReadOnlyList<LogEntry> Named(string eventName) => [.. _entries.Where(e => e.EventId.Name == eventName)];

    public ILogger CreateLogger(string categoryName) => new Collecting(categoryName, _entries);

    /// <summary>A typed logger writing here, with the category <typeparamref name="T"/>'s full name (as a logger factory gives).</summary>
    public ILogger<T> For<T>() => new Typed<T>(CreateLogger(typeof(T).FullName!));

    public void Dispose()
    {
    }

    private sealed class Collecting(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), [.. values]));
        }
    }

    private sealed class Typed<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
