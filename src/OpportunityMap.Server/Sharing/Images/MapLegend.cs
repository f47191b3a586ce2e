using SkiaSharp;

namespace OpportunityMap.Server.Sharing.Images;

internal enum LegendShape
{
    Box,
    Dot,
    Outline,
}

internal sealed record LegendItem(SKColor Colour, string Label, LegendShape Shape);

internal sealed record LegendSection(string Title, string? Note, IReadOnlyList<LegendItem> Items);
