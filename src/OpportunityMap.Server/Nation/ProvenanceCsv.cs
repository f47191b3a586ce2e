using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Nation;

/// <summary>
/// A table as CSV (RFC 4180, UTF-8) that carries its own provenance: lines starting with <c>#</c> before the header
/// name the title, the method and each source with its licence, attribution and vintage (read them with e.g.
/// pandas' <c>comment="#"</c> or R's <c>comment.char = "#"</c>), then the header and one line per row.
/// </summary>
internal sealed class ProvenanceCsv
{
    private readonly StringBuilder _text = new();

    public ProvenanceCsv(IEnumerable<string> notes, IEnumerable<LayerSource> sources, string sourceLabel, IEnumerable<string> columns)
    {
        foreach (var note in notes)
        {
            _text.Append("# ").Append(note.ReplaceLineEndings(" ")).Append("\r\n");
        }

        foreach (var s in sources)
        {
            _text.Append("# ").Append(sourceLabel).Append(": ").Append(s.Name).Append(" (").Append(s.Url).Append("); ")
                .Append(s.Licence).Append(" (").Append(s.LicenceUrl).Append("); ").Append(s.Attribution).Append("; ").Append(s.Vintage).Append("\r\n");
        }

        _text.AppendJoin(',', columns).Append("\r\n");
    }

    /// <summary>One line: text quoted, numbers in full precision, null empty.</summary>
    public ProvenanceCsv Row(params IEnumerable<object?> values)
    {
        _text.AppendJoin(',', values.Select(CsvWriter.Field)).Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();
}
