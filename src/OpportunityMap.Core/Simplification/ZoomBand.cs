namespace OpportunityMap.Core.Simplification;

/// <summary>
/// A range of Web Mercator zoom levels that share one simplified copy of the polygon layers. The tolerance is half a
/// screen pixel at the band's highest zoom, measured on the ground at Charlotte's latitude, so the simplification
/// cannot be seen at any zoom of the band. Above <see cref="MaxSimplifiedZoom"/> the original geometry is served.
/// </summary>
/// <param name="Index">The band's position in <see cref="All"/>, from the coarsest.</param>
/// <param name="MinZoom">The lowest zoom of the band.</param>
/// <param name="MaxZoom">The highest zoom of the band.</param>
/// <param name="ToleranceMetres">The simplification tolerance, in metres on the ground.</param>
public sealed record ZoomBand(int Index, int MinZoom, int MaxZoom, double ToleranceMetres)
{
    /// <summary>The highest zoom served simplified geometry; above it, geometry is served as imported.</summary>
    public const int MaxSimplifiedZoom = 14;

    // Ground size of one 256-pixel tile pixel at zoom 0 on the equator (Web Mercator), and the latitude it is taken at.
    private const double EquatorMetresPerPixelAtZoom0 = 156_543.033_928;
    private const double CharlotteLatitude = 35.2;
    private const double PixelFraction = 0.5;

    /// <summary>The bands, coarsest first: zooms 0-8, 9-10, 11-12 and 13-14.</summary>
    public static IReadOnlyList<ZoomBand> All { get; } =
    [
        Create(0, 0, 8),
        Create(1, 9, 10),
        Create(2, 11, 12),
        Create(3, 13, MaxSimplifiedZoom),
    ];

    /// <summary>The band holding <paramref name="zoom"/>, or <c>null</c> above <see cref="MaxSimplifiedZoom"/>.</summary>
    public static ZoomBand? ForZoom(int zoom)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(zoom);
        return zoom > MaxSimplifiedZoom ? null : All.First(band => zoom <= band.MaxZoom);
    }

    /// <summary>The ground size of one screen pixel at <paramref name="zoom"/> at Charlotte's latitude, in metres.</summary>
    public static double MetresPerPixel(int zoom) =>
        EquatorMetresPerPixelAtZoom0 * Math.Cos(CharlotteLatitude * Math.PI / 180) / Math.Pow(2, zoom);

    private static ZoomBand Create(int index, int minZoom, int maxZoom) =>
        new(index, minZoom, maxZoom, PixelFraction * MetresPerPixel(maxZoom));
}
