namespace OpportunityMap.Server.Resident;

/// <summary>Reads the card's and search's query parameters; every problem is keyed by its parameter's name.</summary>
internal sealed class ResidentRequest(IQueryCollection query)
{
    public const int MaxQueryLength = 100;
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    public Dictionary<string, string[]> Errors { get; } = [];

    public double Coordinate(string name, double limit)
    {
        var text = Single(name);
        if (text is null)
        {
            Add(name, string.Format(CultureInfo.InvariantCulture, ProblemMessages.CoordinateRange, name, limit));
            return double.NaN;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || Math.Abs(value) > limit)
        {
            Add(name, string.Format(CultureInfo.InvariantCulture, ProblemMessages.CoordinateRange, name, limit));
        }

        return value;
    }

    public string Language()
    {
        var lang = LanguageQuery.Read(query, out var error);
        if (error is not null)
        {
            Add(LanguageQuery.Parameter, error);
        }

        return lang;
    }

    public string Units(string language) =>
        OneOf("units", [DistanceDisplay.Metric, DistanceDisplay.Imperial], DistanceDisplay.DefaultUnits(language));

    /// <summary>The search text, trimmed: 1 to <see cref="MaxQueryLength"/> characters.</summary>
    public string SearchQuery()
    {
        var text = Single("q")?.Trim() ?? "";
        if (text.Length is 0 or > MaxQueryLength)
        {
            Add("q", string.Format(CultureInfo.InvariantCulture, ProblemMessages.SearchQueryLength, MaxQueryLength));
        }

        return text;
    }

    public int Limit()
    {
        var text = Single("limit");
        if (text is null)
        {
            return DefaultLimit;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > MaxLimit)
        {
            Add("limit", string.Format(CultureInfo.InvariantCulture, ProblemMessages.LimitRange, MaxLimit));
        }

        return limit;
    }

    private string OneOf(string name, IReadOnlyList<string> allowed, string fallback)
    {
        var text = Single(name);
        if (text is null)
        {
            return fallback;
        }

        if (!allowed.Contains(text, StringComparer.Ordinal))
        {
            Add(name, string.Format(CultureInfo.InvariantCulture, ProblemMessages.OneOf, name, string.Join(", ", allowed)));
        }

        return text;
    }

    // Null when absent; a repeated parameter is an error (and null).
    private string? Single(string name)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            Add(name, ProblemMessages.RepeatedParameter);
            return null;
        }

        return values.Count == 1 ? values[0] : null;
    }

    private void Add(string name, string message)
    {
        if (!Errors.ContainsKey(name))
        {
            Errors[name] = [message];
        }
    }
}
