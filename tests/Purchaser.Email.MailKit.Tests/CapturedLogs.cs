using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>Keeps every formatted log message, so a test can see which way the reader chose to wait.</summary>
internal sealed class CapturedLogs : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyList<string> Messages => [.. _messages];

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _messages.Enqueue(formatter(state, exception));

    public void Dispose()
    {
    }
}
