using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// <c>datetime</c> (OGC API - Features Part 1, /req/core/fc-time-response): an instant, or an interval
/// <c>start/end</c> whose open end is <c>..</c> or empty, each an RFC 3339 date-time (a full date is that whole day,
/// UTC). It keeps the features whose time (<see cref="TemporalProperty"/>) intersects it; a feature without a time,
/// and every feature of a collection without a temporal property, matches, as the standard says.
/// </summary>
internal static class DatetimeParameter
{
    /// <summary>
    /// Reads the value into a filter, null when it keeps every feature; false with the reason in
    /// <paramref name="error"/> when it is not a valid datetime.
    /// </summary>
    public static bool TryParse(string text, TemporalProperty? temporal, out FilterExpression? filter, out string? error)
    {
        filter = null;
        error = ProblemMessages.DatetimeFormat;
        DateTimeOffset? from, to;
        var parts = text.Split('/');
        if (parts.Length == 1)
        {
            if (!TryInstant(parts[0], out var first, out var last))
            {
                return false;
            }

            (from, to) = (first, last);
        }
        else if (parts.Length == 2 && TryEnd(parts[0], out from, atEnd: false) && TryEnd(parts[1], out to, atEnd: true))
        {
            if (from is null && to is null)
            {
                return false;
            }

            if (from > to)
            {
                error = ProblemMessages.DatetimeInverted;
                return false;
            }
        }
        else
        {
            return false;
        }

        error = null;
        if (temporal is not null)
        {
            // The feature's interval [start, end] meets [from, to] when start <= to and end >= from; an instant is both
            // ends, and a null end is open.
            var end = temporal.End ?? temporal.Start;
            var upper = to is { } t ? Bound(temporal.Start, ComparisonOperator.LessOrEqual, t) : null;
            var lower = from is { } f ? Bound(end, ComparisonOperator.GreaterOrEqual, f) : null;
            filter = upper is null ? lower : lower is null ? upper : new AndExpression(upper, lower);
        }

        return true;
    }

    // Whether the property's value is null or (value op instant), the instant in the property's own terms: its UTC day
    // for a date, its UTC year for a year.
    private static FilterExpression Bound(PropertyDefinition property, ComparisonOperator op, DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var reference = new PropertyReference(property.Name, property.Type);
        object value = property.Type switch
        {
            PropertyType.Date => DateOnly.FromDateTime(utc),
            PropertyType.Integer => (long)utc.Year,
            _ => TemporalValues.Normalize(instant),
        };
        return new OrExpression(new IsNullPredicate(reference, Negated: false), new Comparison(op, reference, new Literal(value)));
    }

    // One end of an interval: ".." or "" is open (null).
    private static bool TryEnd(string text, out DateTimeOffset? instant, bool atEnd)
    {
        instant = null;
        if (text is "" or "..")
        {
            return true;
        }

        if (!TryInstant(text, out var first, out var last))
        {
            return false;
        }

        instant = atEnd ? last : first;
        return true;
    }

    // An instant is itself at both ends; a date runs from its first to its last microsecond (UTC).
    private static bool TryInstant(string text, out DateTimeOffset first, out DateTimeOffset last)
    {
        if (TemporalValues.TryParseTimestamp(text, out first))
        {
            last = first;
            return true;
        }

        if (TemporalValues.TryParseDate(text, out var date))
        {
            first = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            last = new DateTimeOffset(date.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
            last = TemporalValues.Normalize(last);
            return true;
        }

        last = first;
        return false;
    }
}
