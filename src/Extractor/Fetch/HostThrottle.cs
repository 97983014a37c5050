using System.Collections.Concurrent;
using System.Diagnostics;

namespace Extractor.Fetch;

/// <summary>
/// Keeps each host's load within the configured limits: at most so many requests in flight on it, and request
/// starts spaced by at least the interval its rate allows (or the Crawl-delay its robots.txt asks, when longer).
/// Retries wait their turn like any request.
/// </summary>
internal sealed class HostThrottle(FetchOptions options)
{
    private sealed class Host(int concurrency, TimeSpan interval)
    {
        public SemaphoreSlim Slots { get; } = new(concurrency, concurrency);
        public TimeSpan Interval { get; set; } = interval;

        /// <summary>When the next request may start, in <see cref="Stopwatch"/> ticks.</summary>
        public long NextStart { get; set; }
    }

    private readonly ConcurrentDictionary<string, Host> hosts = new(StringComparer.OrdinalIgnoreCase);

    private Host For(string authority) =>
        hosts.GetOrAdd(authority, _ => new Host(Math.Max(1, options.ConcurrencyPerHost), TimeSpan.FromSeconds(1 / options.RequestsPerSecond)));

    /// <summary>Slows the host to one request per <paramref name="interval"/> when that is slower than its rate.</summary>
    public void SlowDown(string authority, TimeSpan interval)
    {
        var host = For(authority);
        lock (host)
            if (interval > host.Interval) host.Interval = interval;
    }

    /// <summary>Waits for a free slot on the host and for its turn; disposing the result frees the slot.</summary>
    public async Task<IDisposable> EnterAsync(string authority, CancellationToken cancellation)
    {
        var host = For(authority);
        await host.Slots.WaitAsync(cancellation);
        try
        {
            TimeSpan wait;
            lock (host)
            {
                long now = Stopwatch.GetTimestamp();
                long start = Math.Max(now, host.NextStart);
                host.NextStart = start + (long)(host.Interval.TotalSeconds * Stopwatch.Frequency);
                wait = Stopwatch.GetElapsedTime(now, start);
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, cancellation);
            return new Slot(host.Slots);
        }
        catch
        {
            host.Slots.Release();
            throw;
        }
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) slots.Release();
        }
    }
}
