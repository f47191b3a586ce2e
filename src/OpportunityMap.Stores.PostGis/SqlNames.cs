using System.Text.RegularExpressions;

namespace OpportunityMap.Stores.PostGis;

/// <summary>
/// Identifiers in SQL. Only names from the layer metadata (never request text) reach SQL, and each is checked
/// against a strict pattern before it is quoted (ASCII letters of either case, digits, underscores: quoting keeps the
/// case, so <c>NAME</c> and <c>name</c> are two columns).
/// </summary>
internal static partial class SqlNames
{
    public const string ControlSchema = "om";

    public static string Quote(string identifier) =>
        SafeIdentifier().IsMatch(identifier)
            ? $"\"{identifier}\""
            : throw new ArgumentException($"'{identifier}' is not a safe SQL identifier.", nameof(identifier));

    public static string LoadSchema(long loadNumber) => $"om_load_{loadNumber}";

    public static string LayerTable(int ordinal) => $"layer_{ordinal}";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}\\z")]
    private static partial Regex SafeIdentifier();
}
