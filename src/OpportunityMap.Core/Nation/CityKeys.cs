using System.Text;

namespace OpportunityMap.Core.Nation;

/// <summary>The keys a HOLC city goes by: the map's <c>city=</c> and the looser one that joins two spellings of it.</summary>
public static class CityKeys
{
    /// <summary>"St. Louis", "MO" → <c>st-louis-mo</c>: lower-case letters and digits, runs of anything else as one dash.</summary>
    public static string Of(string city, string state)
    {
        var key = new StringBuilder(city.Length + state.Length + 1);
        foreach (var c in $"{city} {state}".ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != '-')
            {
                key.Append('-');
            }
        }

        return key.ToString().TrimEnd('-');
    }

    /// <summary>
    /// A key with its dashes dropped and "co" read as "county", so that Mapping Inequality's two files' spellings of one
    /// city meet: <c>south-bend-in</c> and <c>southbend-in</c>, <c>essex-co-nj</c> and <c>essex-county-nj</c>.
    /// </summary>
    public static string Loose(string key) => string.Concat(key.Split('-').Select(word => word == "co" ? "county" : word));
}
