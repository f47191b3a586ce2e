namespace OpportunityMap.Server.Sharing.Images;

/// <summary>What <c>/map.png</c> draws: a view (<see cref="ViewState"/>) at a size; a size out of range is the default.</summary>
internal sealed record MapImageRequest(ViewState View, int Width, int Height)
{
    public const int MinSize = 200;
    public const int MaxSize = 2048;

    // The social-card size most sites ask for (og:image).
    public const int DefaultWidth = 1200;
    public const int DefaultHeight = 630;

    public static MapImageRequest Parse(IQueryCollection query) =>
        new(ViewState.Parse(query), Size(query, "width") ?? DefaultWidth, Size(query, "height") ?? DefaultHeight);

    private static int? Size(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count == 1 ? ViewState.Integer(values[0], MinSize, MaxSize) : null;
}
