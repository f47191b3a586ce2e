namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// CQL2 LIKE patterns, matched as PostgreSQL's <c>LIKE ... ESCAPE '\'</c> does on UTF-8 text: <c>%</c> any run of
/// code points, <c>_</c> exactly one, <c>\</c> makes the next character literal (a trailing <c>\</c> is an error).
/// </summary>
public static class LikePattern
{
    private const int AnyOne = -1;
    private const int AnyRun = -2;

    /// <summary>What is wrong with <paramref name="pattern"/>, or <c>null</c> if it is usable.</summary>
    public static string? Problem(string pattern)
    {
        var escaped = false;
        foreach (var c in pattern)
        {
            escaped = !escaped && c == '\\';
        }

        return escaped ? "a LIKE pattern cannot end with the escape character '\\' (write '\\\\' for a backslash)" : null;
    }

    /// <summary>Whether <paramref name="value"/> matches the whole of <paramref name="pattern"/>.</summary>
    public static bool Matches(string value, string pattern)
    {
        var text = CodePoints(value);
        var parts = Compile(pattern);
        int t = 0, p = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < parts.Count && (parts[p] == AnyOne || parts[p] == text[t]))
            {
                t++;
                p++;
            }
            else if (p < parts.Count && parts[p] == AnyRun)
            {
                starP = p++;
                starT = t;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < parts.Count && parts[p] == AnyRun)
        {
            p++;
        }

        return p == parts.Count;
    }

    private static List<int> Compile(string pattern)
    {
        var parts = new List<int>(pattern.Length);
        var escaped = false;
        foreach (var rune in pattern.EnumerateRunes())
        {
            if (escaped)
            {
                parts.Add(rune.Value);
                escaped = false;
            }
            else if (rune.Value == '\\')
            {
                escaped = true;
            }
            else
            {
                parts.Add(rune.Value switch { '%' => AnyRun, '_' => AnyOne, _ => rune.Value });
            }
        }

        return parts;
    }

    private static int[] CodePoints(string value)
    {
        var points = new List<int>(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            points.Add(rune.Value);
        }

        return [.. points];
    }
}
