using SkiaSharp;

namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// The typefaces of the map image, read from font files (Debian's fonts-dejavu-core by default): the Skia build used
/// has no fontconfig, so it cannot find system fonts by name.
/// </summary>
internal sealed class MapFonts : IDisposable
{
    public MapFonts(IOptions<MapOptions> options, ILogger<MapFonts> logger)
    {
        Regular = Load(options.Value.FontFile, logger);
        Bold = Load(options.Value.BoldFontFile, logger);
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface Load(string? path, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(path) && File.Exists(path) && SKTypeface.FromFile(path) is { } typeface)
        {
            return typeface;
        }

        logger.LogWarning("Font file {Path} not found: map images will have no legible text. Set Map:FontFile.", path);
        return SKTypeface.Default;
    }
}
