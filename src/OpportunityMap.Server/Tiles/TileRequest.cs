namespace OpportunityMap.Server.Tiles;

/// <summary>Reads a tile address from the path, reporting each problem against the path parameter's name.</summary>
internal static class TileRequest
{
    private static readonly string[] Suffixes = [".mvt", ".pbf"];

    /// <summary>
    /// The tile at zoom <paramref name="z"/>, column <paramref name="x"/>, row <paramref name="y"/> (which may end
    /// in .mvt or .pbf); the names are the route's, for the error messages.
    /// </summary>
    public static TileAddress? Parse(
        (string Name, string Value) z, (string Name, string Value) x, (string Name, string Value) y, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (!TryParse(z.Value, out var zoom) || zoom > TileAddress.MaxZoom)
        {
            errors[z.Name] = [string.Format(CultureInfo.InvariantCulture, ProblemMessages.ZoomRange, z.Name, TileAddress.MaxZoom)];
            return null;
        }

        var row = y.Value;
        foreach (var suffix in Suffixes.Where(s => row.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            row = row[..^suffix.Length];
        }

        var column = Index(x, x.Value, zoom, errors);
        var line = Index(y, row, zoom, errors);
        return errors.Count == 0 ? new TileAddress(zoom, column, line) : null;
    }

    private static int Index((string Name, string Value) parameter, string text, int zoom, Dictionary<string, string[]> errors)
    {
        var max = (1 << zoom) - 1;
        if (!TryParse(text, out var index))
        {
            errors[parameter.Name] = [string.Format(CultureInfo.InvariantCulture, ProblemMessages.TileFormat, parameter.Name)];
        }
        else if (index > max)
        {
            errors[parameter.Name] = [string.Format(CultureInfo.InvariantCulture, ProblemMessages.TileIndexRange, parameter.Name, max, zoom)];
        }

        return index;
    }

    // Digits only (no sign, spaces or exponent), and short enough not to overflow.
    private static bool TryParse(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && text.Length <= 9;
}
