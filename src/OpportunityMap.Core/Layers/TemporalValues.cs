using System.Text.RegularExpressions;

namespace OpportunityMap.Core.Layers;

/// <summary>
/// The text forms of <see cref="PropertyType.Date"/> and <see cref="PropertyType.Timestamp"/> values: RFC 3339 full
/// dates (<c>2022-04-16</c>) and date-times with a zone (<c>2022-04-16T10:13:19Z</c>, <c>…T12:13:19.5+02:00</c>).
/// Timestamps are converted to UTC and cut to the microsecond, the precision of PostgreSQL's <c>timestamptz</c>, so
/// that every store holds the same instant.
/// </summary>
public static partial class TemporalValues
{
    /// <summary>Reads a full date, <c>YYYY-MM-DD</c>, from year 0001 to 9999.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        return DatePattern().IsMatch(text)
            && DateOnly.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>
    /// Reads <c>YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)</c> (RFC 3339; <c>t</c> and <c>z</c> may be lower case) as a UTC
    /// instant cut to the microsecond. A leap second (<c>:60</c>) is refused.
    /// </summary>
    public static bool TryParseTimestamp(string text, out DateTimeOffset instant)
    {
        instant = default;
        var match = TimestampPattern().Match(text);
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups["date"].Value + "T" + match.Groups["time"].Value, "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        var fraction = match.Groups["fraction"].Value;
        var microseconds = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(6, '0')[..6], CultureInfo.InvariantCulture);
        var offset = 0L;
        if (match.Groups["hours"].Success)
        {
            var (hours, minutes) = (int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture));
            if (hours > 23 || minutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0).Ticks * (match.Groups["sign"].Value == "-" ? -1 : 1);
        }

        var ticks = local.Ticks + (microseconds * TimeSpan.TicksPerMicrosecond) - offset;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        instant = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    /// <summary><c>YYYY-MM-DD</c>.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary><c>YYYY-MM-DDTHH:MM:SS[.ffffff]Z</c>, in UTC, the fraction without trailing zeros.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>A value as <see cref="Format(DateTimeOffset)"/> gives it back: UTC, whole microseconds.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset instant)
    {
        var utc = instant.UtcTicks;
        return new DateTimeOffset(utc - (utc % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})[Tt](?<time>[0-9]{2}:[0-9]{2}:[0-9]{2})(?:\.(?<fraction>[0-9]+))?(?:[Zz]|(?<sign>[+-])(?<hours>[0-9]{2}):(?<minutes>[0-9]{2}))\z", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();
}
