namespace OpportunityMap.Core.Querying.Filtering;

internal enum CqlTokenKind
{
    Word,
    QuotedName,
    String,
    Number,
    Symbol,
    End,
}

/// <summary>One token of CQL2 text; <see cref="Start"/> is 0-based, <see cref="Text"/> the value (unquoted for strings).</summary>
internal readonly record struct CqlToken(CqlTokenKind Kind, string Text, int Start)
{
    public bool IsWord(string keyword) => Kind == CqlTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == CqlTokenKind.Symbol && Text == symbol;

    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        CqlTokenKind.End => "the end of the filter",
        CqlTokenKind.String => $"the string '{Clip(Text)}'",
        CqlTokenKind.QuotedName => $"\"{Clip(Text)}\"",
        _ => $"'{Clip(Text)}'",
    };

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
