using System.Text;

namespace OpportunityMap.Ingest.Readers;

/// <summary>
/// A CSV file (RFC 4180 quoting, comma separated, an optional UTF-8 byte-order mark) read into rows, keeping only
/// the rows a filter on the raw record accepts so that a national file is read quickly for one county. Quoted fields
/// may contain commas, doubled quotes and line breaks (Mapping Inequality's national lookup has names over two lines).
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(Dictionary<string, int> columns, List<string[]> rows)
    {
        _columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string[]> Rows { get; }

    public static CsvTable Read(string path, string displayName, IReadOnlyList<string> requiredColumns, Func<string, bool> keepLine, CancellationToken cancellationToken)
    {
        // StreamReader drops a UTF-8 byte-order mark.
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine() ?? throw new ImportException(displayName, "the file is empty");
        var names = Split(header, displayName, 1);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i].Trim(), i);
        }

        foreach (var required in requiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            throw new ImportException(displayName, $"missing column '{required}' (the header has: {string.Join(", ", names)})");
        }

        var rows = new List<string[]>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } physical)
        {
            lineNumber++;
            var line = physical;
            var first = lineNumber;
            while (OpenQuote(line) && reader.ReadLine() is { } next)
            {
                line += "\n" + next;
                lineNumber++;
            }

            if (lineNumber % 65536 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (line.Length == 0 || !keepLine(line))
            {
                continue;
            }

            var fields = Split(line, displayName, first);
            if (fields.Length != names.Length)
            {
                throw new ImportException(displayName, $"line {first} has {fields.Length} fields, the header {names.Length}");
            }

            rows.Add(fields);
        }

        return new CsvTable(columns, rows);
    }

    public int Column(string name) => _columns[name];

    /// <summary>Whether the header has the column (an optional one, such as a standard error).</summary>
    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>The header's column names, in file order.</summary>
    public IEnumerable<string> ColumnNames => _columns.OrderBy(c => c.Value).Select(c => c.Key);

    /// <summary>The number in a field, or null when it is blank (suppressed).</summary>
    public static double? Number(string field, string displayName, string column)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return null;
        }

        return double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new ImportException(displayName, $"column '{column}' has '{field}', which is not a number");
    }

    // Whether the record so far ends inside a quoted field (an even number of quotes closes every one).
    private static bool OpenQuote(string record) => record.AsSpan().Count('"') % 2 == 1;

    private static string[] Split(string line, string displayName, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new ImportException(displayName, $"line {lineNumber} has an unterminated quote");
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
