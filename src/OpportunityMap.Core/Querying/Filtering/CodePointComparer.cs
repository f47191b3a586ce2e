namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// Orders strings by Unicode code point, which is the byte order of UTF-8 and so PostgreSQL's <c>COLLATE "C"</c>.
/// (Ordinal UTF-16 order differs only where a supplementary character meets one from U+E000 to U+FFFF.)
/// </summary>
public sealed class CodePointComparer : IComparer<string?>
{
    /// <summary>The one instance.</summary>
    public static readonly CodePointComparer Instance = new();

    private CodePointComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return Fix(x[i]) - Fix(y[i]);
            }
        }

        return x.Length - y.Length;
    }

    // Moves surrogates above U+E000..U+FFFF so UTF-16 units order as code points do.
    private static int Fix(char c) => c >= 0xD800 ? (c >= 0xE000 ? c - 0x800 : c + 0x2000) : c;
}
