namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// The choropleths' classes (the page reads them from <c>/map-config</c>, the images use them directly): at most
/// <c>count</c> classes of nearly equal size, equal values never split, each range the values it really holds.
/// </summary>
internal sealed class QuantileClasses
{
    private readonly (double Min, double Max)[] _classes;

    public QuantileClasses(IEnumerable<double?> values, int count)
    {
        var sorted = values.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).Order().ToArray();
        var classes = new List<(double, double)>();
        var start = 0;
        for (var k = 1; k <= count && start < sorted.Length; k++)
        {
            // Math.Round in JavaScript rounds halves up; MidpointRounding.AwayFromZero is the same for these positives.
            var end = Math.Max(start + 1, (int)Math.Round((double)k * sorted.Length / count, MidpointRounding.AwayFromZero));
            while (end < sorted.Length && sorted[end] == sorted[end - 1])
            {
                end++;
            }

            classes.Add((sorted[start], sorted[end - 1]));
            start = end;
        }

        _classes = [.. classes];
    }

    public IReadOnlyList<(double Min, double Max)> Ranges => _classes;

    /// <summary>The class holding <paramref name="value"/>, or -1 for no data; values beyond the ends go to the nearest.</summary>
    public int IndexOf(double? value)
    {
        if (value is not { } x || !double.IsFinite(x) || _classes.Length == 0)
        {
            return -1;
        }

        var index = Array.FindIndex(_classes, c => x <= c.Max);
        return index == -1 ? _classes.Length - 1 : index;
    }
}
