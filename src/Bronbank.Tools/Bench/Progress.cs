using System.Diagnostics;
using System.Globalization;

namespace Bronbank.Tools.Bench;

/// <summary>
/// Progress of a long phase on the terminal: phase, count, rate and time left. On a terminal one line is
/// rewritten at most every half second; when the output is redirected (CI, a log) a line is written every
/// ten seconds, so logs stay short.
/// </summary>
public sealed class Progress(string phase, long total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private TimeSpan _lastShown = TimeSpan.FromDays(-1);
    private long _done;

    public void Advance(long count)
    {
        _done += count;
        var interval = _interactive ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(10);
        if (_done < total && _clock.Elapsed - _lastShown < interval) return;
        _lastShown = _clock.Elapsed;
        Console.Error.Write((_interactive ? "\r" : "") + Line() + (_interactive && _done < total ? "" : Environment.NewLine));
    }

    /// <summary>Counts the items of a sequence as they are consumed.</summary>
    public IEnumerable<T> Track<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            yield return item;
            Advance(1);
        }
    }

    public string Line()
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var rate = _done / seconds;
        var left = rate > 0 ? TimeSpan.FromSeconds((total - _done) / rate) : TimeSpan.Zero;
        return string.Create(CultureInfo.InvariantCulture,
            $"{phase}: {_done:N0} / {total:N0} ({100.0 * _done / Math.Max(total, 1):0}%), {rate:N0}/s, {left:hh\\:mm\\:ss} left   ");
    }

    /// <summary>Sizes as people write them: 1000, 10k, 100k, 1m.</summary>
    public static int ParseSize(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        var factor = value.EndsWith('m') ? 1_000_000 : value.EndsWith('k') ? 1_000 : 1;
        if (factor > 1) value = value[..^1];
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number <= 0)
            throw new ArgumentException($"Not a size: '{text}' (use e.g. 1000, 10k, 1m).");
        return checked((int)(number * factor));
    }
}
