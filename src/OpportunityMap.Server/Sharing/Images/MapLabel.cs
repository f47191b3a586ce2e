using SkiaSharp;

namespace OpportunityMap.Server.Sharing.Images;

/// <summary>A short label centred on a point, dark on a light halo so it reads on any fill.</summary>
internal sealed class MapLabel(MapFonts fonts, float size)
{
    public void Draw(SKCanvas canvas, string text, float x, float y)
    {
        using var font = new SKFont(fonts.Bold, size);
        using var halo = new SKPaint { IsAntialias = true, Color = SKColors.White.WithAlpha(220), Style = SKPaintStyle.Stroke, StrokeWidth = size / 4 };
        using var ink = new SKPaint { IsAntialias = true, Color = MapPalette.Ink };
        var baseline = y + (size / 3);
        canvas.DrawText(text, x, baseline, SKTextAlign.Center, font, halo);
        canvas.DrawText(text, x, baseline, SKTextAlign.Center, font, ink);
    }
}
