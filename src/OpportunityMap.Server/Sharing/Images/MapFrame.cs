using SkiaSharp;

namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// What goes around the map on an image: the title bar, the legend and the source line. Every text drawn is also
/// added to <paramref name="drawn"/>, so what an image says can be read without reading pixels.
/// </summary>
internal sealed class MapFrame(SKCanvas canvas, MapFonts fonts, int width, int height, float scale, List<string> drawn)
{
    private float Padding => 10 * scale;

    private float _sourceBarHeight = 26 * scale;

    // Drawn first, so the legend knows how tall it became.
    private float SourceBarHeight => _sourceBarHeight;

    public void DrawTitle(string title)
    {
        var barHeight = 46 * scale;
        using var bar = new SKPaint { Color = MapPalette.Header };
        canvas.DrawRect(0, 0, width, barHeight, bar);
        using var font = new SKFont(fonts.Bold, 22 * scale);
        using var ink = new SKPaint { IsAntialias = true, Color = SKColors.White };
        Write(Fit(title, font, width - (2 * Padding)), Padding, (barHeight / 2) + (8 * scale), font, ink);
    }

    public void DrawLegend(IReadOnlyList<LegendSection> sections)
    {
        if (sections.Count == 0)
        {
            return;
        }

        using var titleFont = new SKFont(fonts.Bold, 13 * scale);
        using var noteFont = new SKFont(fonts.Regular, 10 * scale);
        using var itemFont = new SKFont(fonts.Regular, 12 * scale);
        var row = 17 * scale;
        var swatch = 12 * scale;
        var maxWidth = width * 0.42f;

        // Measure, then draw the box bottom-left, above the source line; sections that do not fit are left out whole.
        var available = height - (46 * scale) - SourceBarHeight - (3 * Padding);
        var fitted = new List<LegendSection>();
        var boxHeight = Padding;
        foreach (var section in sections)
        {
            var noteLines = section.Note is null ? 0 : Wrap(section.Note, noteFont, maxWidth - (2 * Padding), 2).Count;
            var sectionHeight = row + (noteLines * row * 0.8f) + (section.Items.Count * row) + (Padding / 2);
            if (boxHeight + sectionHeight > available)
            {
                break;
            }

            fitted.Add(section);
            boxHeight += sectionHeight;
        }

        if (fitted.Count == 0)
        {
            return;
        }

        var textWidth = fitted.Max(s => Math.Max(
            Math.Max(titleFont.MeasureText(s.Title), s.Note is null ? 0 : noteFont.MeasureText(s.Note)),
            s.Items.Count == 0 ? 0 : s.Items.Max(i => swatch + (6 * scale) + itemFont.MeasureText(i.Label))));
        var boxWidth = Math.Min(maxWidth, textWidth + (2 * Padding));
        var left = Padding;
        var top = height - SourceBarHeight - Padding - boxHeight;

        using var box = new SKPaint { Color = SKColors.White.WithAlpha(235), IsAntialias = true };
        using var border = new SKPaint { Color = SKColor.Parse("#8a8a8a"), Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = true };
        canvas.DrawRoundRect(left, top, boxWidth, boxHeight, 4 * scale, 4 * scale, box);
        canvas.DrawRoundRect(left, top, boxWidth, boxHeight, 4 * scale, 4 * scale, border);

        using var ink = new SKPaint { IsAntialias = true, Color = MapPalette.Ink };
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var edge = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1, Color = SKColor.Parse("#555555") };
        var inner = boxWidth - (2 * Padding);
        var y = top + Padding;
        foreach (var section in fitted)
        {
            y += row * 0.8f;
            Write(Fit(section.Title, titleFont, inner), left + Padding, y, titleFont, ink);
            foreach (var line in section.Note is { } note ? Wrap(note, noteFont, inner, 2) : [])
            {
                y += row * 0.8f;
                Write(line, left + Padding, y, noteFont, ink);
            }

            y += row * 0.2f;
            foreach (var item in section.Items)
            {
                var x = left + Padding;
                fill.Color = item.Colour;
                switch (item.Shape)
                {
                    case LegendShape.Dot:
                        canvas.DrawCircle(x + (swatch / 2), y + (swatch / 2), swatch / 2.4f, fill);
                        break;
                    case LegendShape.Outline:
                        edge.Color = item.Colour;
                        canvas.DrawRect(x, y, swatch, swatch, edge);
                        break;
                    default:
                        canvas.DrawRect(x, y, swatch, swatch, fill);
                        canvas.DrawRect(x, y, swatch, swatch, edge);
                        break;
                }

                var labelX = x + swatch + (6 * scale);
                Write(Fit(item.Label, itemFont, inner - swatch - (6 * scale)), labelX, y + swatch - (2 * scale), itemFont, ink);
                y += row;
            }

            y += Padding / 2;
        }
    }

    public void DrawSources(string line)
    {
        // The sources are the point of the line: it wraps onto up to three lines before anything is cut.
        var size = 11 * scale;
        using var font = new SKFont(fonts.Regular, size);
        var lines = Wrap(line, font, width - (2 * Padding), 3);
        var lineHeight = size * 1.3f;
        var barHeight = Math.Max(SourceBarHeight, (lines.Count * lineHeight) + Padding);
        _sourceBarHeight = barHeight;
        using var bar = new SKPaint { Color = SKColors.White.WithAlpha(235) };
        canvas.DrawRect(0, height - barHeight, width, barHeight, bar);
        using var ink = new SKPaint { IsAntialias = true, Color = MapPalette.Ink };
        var y = height - barHeight + (Padding / 2) + size;
        foreach (var sourceLine in lines)
        {
            Write(sourceLine, Padding, y, font, ink);
            y += lineHeight;
        }
    }

    private void Write(string text, float x, float y, SKFont font, SKPaint ink)
    {
        drawn.Add(text);
        canvas.DrawText(text, x, y, SKTextAlign.Left, font, ink);
    }

    // Words onto lines that fit, at most maxLines; the last line cut with an ellipsis if the text goes on.
    private static List<string> Wrap(string text, SKFont font, float room, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var candidate = current.Length == 0 ? words[i] : $"{current} {words[i]}";
            if (font.MeasureText(candidate) <= room || current.Length == 0)
            {
                current = candidate;
                continue;
            }

            if (lines.Count == maxLines - 1)
            {
                lines.Add(Fit(string.Join(' ', [current, .. words[i..]]), font, room));
                return lines;
            }

            lines.Add(Fit(current, font, room));
            current = words[i];
        }

        if (current.Length > 0)
        {
            lines.Add(Fit(current, font, room));
        }

        return lines;
    }

    // The text, cut with an ellipsis where it would overflow (never mid surrogate pair).
    private static string Fit(string text, SKFont font, float room)
    {
        if (font.MeasureText(text) <= room)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0)
        {
            length--;
            if (char.IsLowSurrogate(text[length]) && length > 0)
            {
                length--;
            }

            var candidate = string.Concat(text.AsSpan(0, length).TrimEnd(), "…");
            if (font.MeasureText(candidate) <= room)
            {
                return candidate;
            }
        }

        return "…";
    }
}
