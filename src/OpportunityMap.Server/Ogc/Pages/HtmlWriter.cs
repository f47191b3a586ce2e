using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using OpportunityMap.Server.Http;

namespace OpportunityMap.Server.Ogc.Pages;

/// <summary>
/// Builds an HTML page. Markup is written only as constants through <see cref="Raw"/>; every value (text or
/// attribute) goes through <see cref="Text"/> or <see cref="Attribute"/>, which encode it.
/// </summary>
internal sealed class HtmlWriter
{
    // Every script can be shown as itself (Spanish names, accents); only what HTML gives meaning to is encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        _html.Append(Encoder.Encode(text ?? ""));
        return this;
    }

    public HtmlWriter Number(double value) => Text(value.ToString("G", CultureInfo.InvariantCulture));

    /// <summary>Writes <c> name="value"</c>, the value encoded.</summary>
    public HtmlWriter Attribute(string name, string value) => Raw(" ").Raw(name).Raw("=\"").Text(value).Raw("\"");

    /// <summary>An element holding text, e.g. <c>&lt;h1&gt;title&lt;/h1&gt;</c>.</summary>
    public HtmlWriter Element(string tag, string? text) => Raw("<").Raw(tag).Raw(">").Text(text).Raw("</").Raw(tag).Raw(">");

    /// <summary>A link; an href that is not http(s) or site-relative (e.g. <c>javascript:</c>) is shown as text only.</summary>
    public HtmlWriter Link(string href, string text, string? type = null)
    {
        if (!IsSafeHref(href))
        {
            return Text(text);
        }

        Raw("<a").Attribute("href", href);
        if (type is not null)
        {
            Attribute("type", type);
        }

        return Raw(">").Text(text).Raw("</a>");
    }

    public override string ToString() => _html.ToString();

    private static bool IsSafeHref(string href) =>
        href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)) || href.StartsWith('?');
}
