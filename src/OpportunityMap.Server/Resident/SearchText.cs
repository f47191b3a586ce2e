namespace OpportunityMap.Server.Resident;

/// <summary>
/// The form names and queries are compared in: lower case, accents removed, anything but letters and digits a single
/// space. Written out rather than with string.Normalize, which the invariant-globalisation build does not promise.
/// </summary>
internal static class SearchText
{
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrssstuuuuuuuuyyzzz";

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = true; // drops leading spaces and collapses runs
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            var index = Accented.IndexOf(c, StringComparison.Ordinal);
            if (index >= 0)
            {
                c = Plain[index];
            }
            else if (c == 'ß')
            {
                builder.Append("ss");
                space = false;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }
}
